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
    /** A leading quantity or instalment count: "4 x", "3×", "2 x de". */
    private static final Pattern QUANTITY = Pattern.compile("^\\D{0,12}?\\b\\d{1,2}\\s*[x×]\\s*(?:de\\s+)?(?=\\D{0,6}\\d)");
    /** Digits grouped by spaces: each group after the first has three digits ("1 299 999"). */
    private static final Pattern SPACE_GROUPS = Pattern.compile("\\d{1,3}(?: \\d{3})+(?=[.,]|$)");
    private static final Pattern SEPARATOR_THEN_CENTS = Pattern.compile("^(\\d+[.,])\\s+(\\d{2})$");
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
        if (!number.find()) {
            return Optional.empty();
        }
        // "4 x 29,90", "2× €12": a quantity or a number of instalments before the amount
        Matcher quantity = QUANTITY.matcher(cleaned);
        if (quantity.lookingAt() && !number.find(quantity.end())) {
            return Optional.empty();
        }
        if (isNegative(cleaned, number.start())) {
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
        String digits = spaces(raw.replaceAll("[\\u00A0\\u202F\\u2009]", " ")).replaceAll("[\\s'’]", "");
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

    /**
     * Spaces inside a number: thousands when each group after them has three digits ({@code 1 299,00}); cents
     * split off by markup when two digits follow the last one ({@code 24<sup>99</sup>} reads "24 99"); else the
     * number ends at the space ({@code 4 29,90} is a count and a price).
     */
    private static String spaces(String raw) {
        String number = raw.strip();
        if (!number.contains(" ") || SPACE_GROUPS.matcher(number).lookingAt()) {
            return number;
        }
        Matcher separated = SEPARATOR_THEN_CENTS.matcher(number);
        if (separated.matches()) {
            return separated.group(1) + separated.group(2); // "$119. 95"
        }
        Matcher cents = Pattern.compile("^(\\d[\\d.,' ]*?\\d)\\s+(\\d{2})$").matcher(number);
        if (cents.matches() && !cents.group(1).matches(".*[.,]\\d{1,2}$")
                && (cents.group(1).indexOf(' ') < 0 || SPACE_GROUPS.matcher(cents.group(1)).matches())) {
            String integer = cents.group(1);
            return integer + (integer.contains(".") && !integer.contains(",") ? ',' : '.') + cents.group(2);
        }
        return number.substring(0, number.indexOf(' '));
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
