package org.lighthouse.channel.zalo;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/** Marks the parts of the Zalo channel, which exist only while it is on ({@code ZALO_BOT_TOKEN} set). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnExpression("'${lighthouse.zalo.token:}'.trim() != ''")
@interface ZaloEnabled {
}
