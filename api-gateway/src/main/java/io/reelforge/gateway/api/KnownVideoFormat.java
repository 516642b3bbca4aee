package io.reelforge.gateway.api;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A video format name the media workers render ({@link io.reelforge.common.job.VideoFormatName}); null passes.
 * The message lists the names, so a client sees what it may send.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownVideoFormatValidator.class)
public @interface KnownVideoFormat {

    String message() default "must be a known video format";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
