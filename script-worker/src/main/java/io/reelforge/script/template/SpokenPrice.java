package io.reelforge.script.template;

import io.reelforge.script.template.PhraseSet.CurrencyWords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A price as a narrator says it ("49 dollars", "19 dollars 99") and as the screen shows it ("$49", "$19.99").
 * Digits stay digits: every speech engine reads "1299" well, and none reads "$1,299.00" the same way twice.
 */
final class SpokenPrice {

    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥",
            "INR", "₹", "CAD", "CA$", "AUD", "A$", "NZD", "NZ$");

    private SpokenPrice() {
    }

    /** The spoken amount, or empty when there is no price worth saying (missing, zero or negative). */
    static Optional<String> spoken(@Nullable BigDecimal price, @Nullable String currency, PhraseSet phrases) {
        if (!isSayable(price)) {
            return Optional.empty();
        }
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        CurrencyWords words = phrases.currencies().get(code);
        if (words == null) {
            return Optional.of((plain(price) + " " + code).strip());
        }
        BigDecimal rounded = price.setScale(words.hasMinorUnit() ? 2 : 0, RoundingMode.HALF_UP);
        long major = rounded.longValue();
        int minor = rounded.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String majorPart = major + " " + (major == 1 ? words.one() : words.many());
        if (minor == 0) {
            return Optional.of(majorPart);
        }
        if (minor < 10) {
            return Optional.of(majorPart + " and " + minor + " " + (minor == 1 ? words.minorOne() : words.minorMany()));
        }
        return Optional.of(majorPart + " " + minor);
    }

    /** The amount for the screen: "$49", "$19.99", "49.90 SEK". */
    static Optional<String> display(@Nullable BigDecimal price, @Nullable String currency) {
        if (!isSayable(price)) {
            return Optional.empty();
        }
        String code = currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
        String symbol = SYMBOLS.get(code);
        return Optional.of(symbol != null ? symbol + plain(price) : (plain(price) + " " + code).strip());
    }

    private static boolean isSayable(@Nullable BigDecimal price) {
        return price != null && price.signum() > 0;
    }

    /** "49" for 49.00, "19.99" for 19.99, "19.50" for 19.5. */
    private static String plain(BigDecimal price) {
        BigDecimal cents = price.setScale(2, RoundingMode.HALF_UP);
        return cents.remainder(BigDecimal.ONE).signum() == 0 ? cents.setScale(0, RoundingMode.UNNECESSARY).toPlainString()
                : cents.toPlainString();
    }
}
