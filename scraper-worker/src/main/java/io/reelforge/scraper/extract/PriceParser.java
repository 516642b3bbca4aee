package io.reelforge.scraper.extract;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads prices as stores write them: {@code 1,299.00}, {@code 1.299,00}, {@code 1 299,00 €}, {@code US $649.99},
 * {@code $28.50+}, {@code 38.17 - 48.27} (the first amount counts). A separator followed by exactly three digits
 * is a thousands separator unless another separator follows it; one or two trailing digits are decimals. Zero
 * and negative amounts are treated as no price: stores print {@code 0} as a placeholder far more often than they
 * give things away.
 */
final class PriceParser {

    /** A run of digits with the separators stores use between them (dot, comma, spaces, apostrophes). */
    private static final Pattern NUMBER = Pattern.compile("\\d(?:[\\d.,'’\\u00A0\\u202F\\u2009 ]*\\d)?");
    private static final Pattern PLAIN_DECIMAL = Pattern.compile("[+]?\\d+(\\.\\d+)?");

    private PriceParser() {
    }

    /**
     * A price from human-readable text, with the currency it names (code or symbol) if any.
     *
     * @param text e.g. {@code "1.299,00 €"}
     */
    static Optional<Money> parseText(@Nullable String text) {
        String cleaned = Text.clean(text);
        if (cleaned == null) {
            return Optional.empty();
        }
        Matcher number = NUMBER.matcher(cleaned);
        if (!number.find() || isNegative(cleaned, number.start())) {
            return Optional.empty();
        }
        return amount(number.group()).map(amount -> new Money(amount, Currencies.find(cleaned).orElse(null),
                Currencies.isAmbiguous(cleaned)));
    }

    /**
     * An amount from a machine-readable field (JSON-LD {@code price}, {@code og:price:amount}, a {@code content}
     * attribute), where a dot is the decimal separator by standard; falls back to {@link #parseText} for stores
     * that put display text there ({@code "48,00"}).
     */
    static Optional<BigDecimal> parseAmount(@Nullable String value) {
        String cleaned = Text.clean(value);
        if (cleaned == null) {
            return Optional.empty();
        }
        if (PLAIN_DECIMAL.matcher(cleaned).matches()) {
            return positive(new BigDecimal(cleaned.startsWith("+") ? cleaned.substring(1) : cleaned));
        }
        return parseText(cleaned).map(Money::amount);
    }

    private static boolean isNegative(String text, int numberStart) {
        int i = numberStart - 1;
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "$€£¥".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        return i >= 0 && (text.charAt(i) == '-' || text.charAt(i) == '\u2212');
    }

    private static Optional<BigDecimal> amount(String raw) {
        String digits = raw.replaceAll("[\\s'’\\u00A0\\u202F\\u2009]", "");
        int lastDot = digits.lastIndexOf('.');
        int lastComma = digits.lastIndexOf(',');
        String normalized;
        if (lastDot >= 0 && lastComma >= 0) {
            char decimal = lastDot > lastComma ? '.' : ',';
            char grouping = decimal == '.' ? ',' : '.';
            normalized = digits.replace(String.valueOf(grouping), "").replace(decimal, '.');
        } else if (lastDot >= 0 || lastComma >= 0) {
            char separator = lastDot >= 0 ? '.' : ',';
            normalized = singleSeparator(digits, separator);
        } else {
            normalized = digits;
        }
        try {
            return positive(new BigDecimal(normalized));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** Only one kind of separator: repeated or followed by three digits it groups thousands; else it is decimal. */
    private static String singleSeparator(String digits, char separator) {
        int first = digits.indexOf(separator);
        int last = digits.lastIndexOf(separator);
        int decimals = digits.length() - last - 1;
        boolean grouping = first != last || (decimals == 3 && !digits.startsWith("0" + separator));
        return grouping ? digits.replace(String.valueOf(separator), "") : digits.replace(separator, '.');
    }

    private static Optional<BigDecimal> positive(BigDecimal amount) {
        return amount.signum() > 0 ? Optional.of(amount) : Optional.empty();
    }
}
