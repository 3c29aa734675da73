package org.lighthouse.channel.outbox;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.AliasFor;

/**
 * What a stored record's primitive component reads as from a document written before the component was added (Spring
 * Data refuses null for it), as an expression on the document: {@code #root.bulk ?: false}. A parameter's annotation
 * only: {@link Value} on the component itself would reach its field too, and Spring Data writes no such field.
 */
@Target(ElementType.PARAMETER)
@Retention(RetentionPolicy.RUNTIME)
@Value("")
@interface WhenMissing {

    @AliasFor(annotation = Value.class, attribute = "value")
    String value();
}
