package io.reelforge.gateway.api;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns each broken cross-field rule into a violation on the field it names. */
public class CrossFieldValidator implements ConstraintValidator<CrossFieldValid, CrossFieldChecked> {

    @Override
    public boolean isValid(@Nullable CrossFieldChecked value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        List<FieldProblem> problems = value.crossFieldProblems();
        if (problems.isEmpty()) {
            return true;
        }
        context.disableDefaultConstraintViolation();
        for (FieldProblem problem : problems) {
            context.buildConstraintViolationWithTemplate(literal(problem.message()))
                    .addPropertyNode(problem.field())
                    .addConstraintViolation();
        }
        return false;
    }

    /** Message templates interpolate braces and dollars; ours are plain text. */
    private static String literal(String message) {
        return message.replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}").replace("$", "\\$");
    }
}
