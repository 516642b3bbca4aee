package io.reelforge.gateway.feed;

import io.reelforge.gateway.api.RequestRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** How feed values are tidied, checked and quoted in messages, the same for every format. */
final class FeedText {

    private static final Pattern HTTP_URL = Pattern.compile(RequestRules.HTTP_URL);
    /** How much of a value a message quotes. */
    private static final int QUOTED = 80;

    private FeedText() {
    }

    /** A one-line value: white space, line breaks included, collapsed to single spaces. */
    static @Nullable String line(@Nullable String value) {
        return value == null ? null : value.replaceAll("\\s+", " ").strip();
    }

    /** A text: line breaks kept (at most one empty line in a row), other runs of white space collapsed. */
    static @Nullable String paragraphs(@Nullable String value) {
        return value == null ? null : value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\t\\x0B\\f ]+", " ")
                .replaceAll(" ?\n ?", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    /** At most {@code max} characters (never half a surrogate pair). */
    static @Nullable String cut(@Nullable String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end).strip();
    }

    /** An absolute http(s) URL that the API would accept in {@code url} or {@code images}. */
    static boolean isWebUrl(String value) {
        if (value.length() > RequestRules.MAX_URL_LENGTH || !HTTP_URL.matcher(value).matches()) {
            return false;
        }
        try {
            return new URI(value).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    /** The value in single quotes for a message, shortened when long. */
    static String quoted(String value) {
        return "'" + (value.length() > QUOTED ? value.substring(0, QUOTED) + "…" : value) + "'";
    }

    /** {@code a}, {@code a and b}, {@code a, b and c}. */
    static String joinAnd(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
