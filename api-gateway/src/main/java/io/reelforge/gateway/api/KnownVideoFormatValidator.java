package io.reelforge.gateway.api;

import io.reelforge.common.job.VideoFormatName;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** Checks a format against the one list in common, and names the allowed values when it is not on it. */
public class KnownVideoFormatValidator implements ConstraintValidator<KnownVideoFormat, String> {

    static final String MESSAGE = "must be one of " + String.join(", ", VideoFormatName.wireNames());

    @Override
    public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
        if (value == null || VideoFormatName.find(value).isPresent()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(MESSAGE).addConstraintViolation();
        return false;
    }
}
