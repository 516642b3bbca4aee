package io.reelforge.gateway.error;

import io.reelforge.gateway.api.FieldProblem;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.http.converter.HttpMessageNotReadableException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamContext;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidFormatException;

/** Finds which field of a JSON body could not be read, and why, so the answer can name it. */
final class JsonErrors {

    private static final String DUPLICATE = "Duplicate Object property";
    private static final Set<Class<?>> WHOLE_NUMBERS = Set.of(Integer.class, int.class, Long.class, long.class,
            Short.class, short.class, Byte.class, byte.class);

    private JsonErrors() {
    }

    /** The unreadable field ({@code durationSeconds}, {@code product.images[2]}) and what is wrong, if known. */
    static @Nullable FieldProblem problemOf(HttpMessageNotReadableException e) {
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StreamReadException read && read.getOriginalMessage() != null
                    && read.getOriginalMessage().startsWith(DUPLICATE) && read.processor() != null) {
                // raised by the parser on the key itself, before the field is bound: its place is in the parser
                String field = path(read.processor());
                return field == null ? null : new FieldProblem(field, "appears more than once");
            }
            if (t instanceof JacksonException jackson && !jackson.getPath().isEmpty()) {
                String field = path(jackson);
                return field == null ? null : new FieldProblem(field, message(jackson));
            }
        }
        return null;
    }

    private static String message(JacksonException e) {
        if (e instanceof InvalidFormatException format && format.getValue() instanceof Number
                && WHOLE_NUMBERS.contains(format.getTargetType())) {
            return "must be a whole number";
        }
        return "has the wrong type or shape";
    }

    private static @Nullable String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference ref : e.getPath()) {
            if (ref.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(ref.getPropertyName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? null : path.toString();
    }

    private static @Nullable String path(JsonParser parser) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = parser.streamReadContext(); c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else if (c.currentName() != null) {
                parts.push((c.getParent() != null && !c.getParent().inRoot() ? "." : "") + c.currentName());
            }
        }
        return parts.isEmpty() ? null : String.join("", parts);
    }
}
