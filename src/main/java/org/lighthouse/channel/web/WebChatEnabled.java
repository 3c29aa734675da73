package org.lighthouse.channel.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;

/** Marks the parts of the web chat, which exist only while it is on ({@code LIGHTHOUSE_WEBCHAT_ENABLED}). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnProperty(name = "lighthouse.webchat.enabled", havingValue = "true", matchIfMissing = true)
@interface WebChatEnabled {
}
