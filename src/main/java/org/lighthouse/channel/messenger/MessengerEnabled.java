package org.lighthouse.channel.messenger;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

/**
 * Marks the parts of the Messenger channel, which exist only while it is on: all three of its secrets set (one or two
 * stop the start, see {@link MessengerSettings}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@ConditionalOnExpression("'${lighthouse.messenger.page-token:}'.trim() != ''"
        + " && '${lighthouse.messenger.app-secret:}'.trim() != ''"
        + " && '${lighthouse.messenger.verify-token:}'.trim() != ''")
@interface MessengerEnabled {
}
