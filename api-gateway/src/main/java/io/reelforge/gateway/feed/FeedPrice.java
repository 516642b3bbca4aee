package io.reelforge.gateway.feed;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A price as feeds write it: Google's {@code 15.00 USD}, and what spreadsheets hold: {@code USD 15},
 * {@code $19.99}, {@code 19,99 €}, {@code 1.299,00 EUR}, {@code 1,299.00}. The currency is an ISO 4217 code or one
 * of a few unambiguous-enough symbols ({@code $} is read as US dollars).
 *
 * <p>Which of {@code .} and {@code ,} is the decimal mark: the last one when both appear; a mark that appears more
 * than once groups thousands; a single mark followed by exactly three digits groups thousands too
 * ({@code 1,299} and {@code 1.299} are 1299), unless the currency has three decimals (Kuwaiti dinar and the like).
 */
record FeedPrice(BigDecimal amount, @Nullable String currency) {

    /** The largest price {@code /generate-video} accepts (12 integer digits, 4 decimals), so feeds match it. */
    private static final int MAX_INTEGER_DIGITS = 12;
    private static final int MAX_DECIMALS = 4;
    private static final Map<String, String> SYMBOLS = Map.of(
            "$", "USD", "US$", "USD", "€", "EUR", "£", "GBP", "¥", "JPY", "₹", "INR", "₩", "KRW", "₺", "TRY",
            "zł", "PLN", "R$", "BRL");
    private static final String MARK = "[A-Za-z]{3}|[^\\d\\s.,'-]{1,3}";
    private static final Pattern SHAPE =
            Pattern.compile("(?<pre>" + MARK + ")?\\s*(?<number>\\d[\\d.,'\\s]*)\\s*(?<post>" + MARK + ")?");

    /**
     * The price in {@code text}, or empty when it is not one (no number, two currencies, an unknown currency,
     * a negative amount, more than 12 integer digits or 4 decimals).
     */
    static Optional<FeedPrice> parse(String text) {
        Matcher m = SHAPE.matcher(text.strip().replace('\u00A0', ' ').replace('\u202F', ' '));
        if (!m.matches() || (m.group("pre") != null && m.group("post") != null)) {
            return Optional.empty();
        }
        String mark = m.group("pre") != null ? m.group("pre") : m.group("post");
        String currency = null;
        if (mark != null) {
            currency = currencyCode(mark);
            if (currency == null) {
                return Optional.empty();
            }
        }
        BigDecimal amount = amount(m.group("number").replaceAll("[\\s']", ""), decimals(currency));
        if (amount == null || amount.scale() > MAX_DECIMALS
                || amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(new FeedPrice(amount, currency));
    }

    /** The ISO 4217 code a currency code (any case) or symbol stands for; null for anything else. */
    static @Nullable String currencyCode(String mark) {
        mark = mark.strip();
        String symbol = SYMBOLS.get(mark);
        if (symbol != null) {
            return symbol;
        }
        if (!mark.matches("[A-Za-z]{3}")) {
            return null;
        }
        try {
            return Currency.getInstance(mark.toUpperCase(Locale.ROOT)).getCurrencyCode();
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static int decimals(@Nullable String currency) {
        return currency == null ? 2 : Currency.getInstance(currency).getDefaultFractionDigits();
    }

    private static @Nullable BigDecimal amount(String number, int currencyDecimals) {
        char decimal = decimalMark(number, currencyDecimals);
        int at = decimal == 0 ? number.length() : number.lastIndexOf(decimal);
        String integer = number.substring(0, at);
        String fraction = decimal == 0 ? "" : number.substring(at + 1);
        if (decimal != 0 && !fraction.matches("\\d+")) {
            return null; // "12." or "1,2.3"
        }
        if (!integer.matches("\\d+|\\d{1,3}(,\\d{3})+|\\d{1,3}(\\.\\d{3})+")) {
            return null; // grouping that is not in threes, or mixed marks: "1,2,3", "1.234,567,89"
        }
        return new BigDecimal(integer.replaceAll("[.,]", "") + (fraction.isEmpty() ? "" : "." + fraction));
    }

    /** The decimal mark of {@code number}, or 0 when it has none (only digits, or only thousands groups). */
    private static char decimalMark(String number, int currencyDecimals) {
        int lastDot = number.lastIndexOf('.');
        int lastComma = number.lastIndexOf(',');
        if (lastDot >= 0 && lastComma >= 0) {
            return lastDot > lastComma ? '.' : ',';
        }
        if (lastDot < 0 && lastComma < 0) {
            return 0;
        }
        char mark = lastDot >= 0 ? '.' : ',';
        int at = Math.max(lastDot, lastComma);
        boolean once = number.indexOf(mark) == at;
        boolean thousands = !once || (number.length() - at - 1 == 3 && currencyDecimals != 3);
        return thousands ? 0 : mark;
    }
}
