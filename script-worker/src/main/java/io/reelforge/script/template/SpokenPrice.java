package io.reelforge.script.template;

import io.reelforge.script.template.PhraseSet.CurrencyWords;
import io.reelforge.script.template.PhraseSet.PriceWords;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A price as a narrator says it ("49 dollars", "19 Euro 99", "19 euros con 99") and as the screen shows it
 * ("$19.99", "19,99 €"). Digits stay digits: every speech engine reads "1299" well in its language, and none reads
 * "$1,299.00" the same way twice; the words around them are what make a price sound spoken.
 */
final class SpokenPrice {

    private static final Map<String, String> SYMBOLS = Map.of("USD", "$", "EUR", "€", "GBP", "£", "JPY", "¥",
            "INR", "₹", "CAD", "CA$", "AUD", "A$", "NZD", "NZ$");

    private SpokenPrice() {
    }

    /**
     * The spoken amount, or empty when there is no price worth saying: missing, zero or negative, or in a currency
     * the language has no words for (a narrator would not say "49 SEK").
     */
    static Optional<String> spoken(@Nullable BigDecimal price, @Nullable String currency, PriceWords words) {
        if (!isSayable(price)) {
            return Optional.empty();
        }
        CurrencyWords names = words.currencies().get(code(currency));
        if (names == null) {
            return Optional.empty();
        }
        BigDecimal rounded = price.setScale(names.hasMinorUnit() ? 2 : 0, RoundingMode.HALF_UP);
        long major = rounded.longValue();
        int minor = rounded.remainder(BigDecimal.ONE).movePointRight(2).intValue();
        String majorPart = major + " " + (major == 1 ? names.one() : names.many());
        if (minor == 0) {
            return Optional.of(majorPart);
        }
        if (minor < 10) {
            return Optional.of(majorPart + " " + words.beforeFewCents() + " " + minor + " "
                    + (minor == 1 ? names.minorOne() : names.minorMany()));
        }
        return Optional.of((majorPart + " " + words.beforeCents()).strip() + " " + minor);
    }

    /** The amount for the screen: "$19.99" in English; "19,99 €" where the symbol follows and a comma separates. */
    static Optional<String> display(@Nullable BigDecimal price, @Nullable String currency, String language) {
        if (!isSayable(price)) {
            return Optional.empty();
        }
        String code = code(currency);
        String symbol = SYMBOLS.getOrDefault(code, code);
        String amount = plain(price);
        if (language.startsWith("en")) {
            return Optional.of(SYMBOLS.containsKey(code) ? symbol + amount : (amount + " " + code).strip());
        }
        return Optional.of((amount.replace('.', ',') + " " + symbol).strip());
    }

    private static String code(@Nullable String currency) {
        return currency == null ? "" : currency.strip().toUpperCase(Locale.ROOT);
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
