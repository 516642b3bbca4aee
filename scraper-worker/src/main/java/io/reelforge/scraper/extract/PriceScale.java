package io.reelforge.scraper.extract;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Catches a price read 10 to 1000 times too large or small because of its separators. Structured data is meant to
 * use a decimal point, but stores in comma-decimal countries copy their display text there: {@code "2.449"} on a
 * German page is 2 449 €, not 2.449 €. Decided with the page's language (or, without one, how the page writes
 * its other prices) and with the price the page shows, when there is one.
 */
final class PriceScale {

    /** Languages that write 1.234,56 (or 1 234,56): the dot, when there is one, groups thousands. */
    private static final Set<String> DECIMAL_COMMA = Set.of("de", "fr", "es", "it", "nl", "pt", "pl", "cs", "sk",
            "da", "sv", "nb", "nn", "no", "fi", "ru", "uk", "tr", "id", "vi", "ro", "hu", "el", "hr", "sl", "bg",
            "lt", "lv", "et", "sr", "is", "ca", "eu", "gl");
    private static final Set<String> DECIMAL_POINT = Set.of("en", "ja", "zh", "ko", "th", "he", "ms", "hi", "tl");
    /** Currencies with three decimals, where 1.234 is a price. */
    private static final Set<String> THREE_DECIMALS = Set.of("BHD", "IQD", "JOD", "KWD", "LYD", "OMR", "TND");
    private static final Pattern COMMA_DECIMALS = Pattern.compile("\\d,\\d{2}(?!\\d)");
    private static final Pattern POINT_DECIMALS = Pattern.compile("\\d\\.\\d{2}(?!\\d)");

    private PriceScale() {
    }

    /**
     * The price, rescaled when its separators were misread.
     *
     * @param shown the price the page shows (the plain-HTML source's), if any
     */
    static Money settle(Money price, @Nullable Money shown, PageContext page) {
        if (price.currency() != null && THREE_DECIMALS.contains(price.currency())) {
            return price;
        }
        BigDecimal amount = price.amount();
        if (shown != null && shown.amount().compareTo(amount) == 0) {
            return price; // "12.500" beside a shown 12,50 €: three decimals, but the page agrees
        }
        if (shown != null && !shown.equals(price) && (shown.currency() == null || price.currency() == null
                || shown.currency().equals(price.currency()))) {
            // "2.449" read as 2.449 where the page shows 2.449 € (2 449): the shown amount is right
            boolean groupedAsDecimal = amount.scale() == 3
                    && amount.movePointRight(3).compareTo(shown.amount()) == 0;
            // 2499 in the data where the page shows 24,99: the data was in cents
            boolean cents = amount.stripTrailingZeros().scale() <= 0
                    && amount.movePointLeft(2).compareTo(shown.amount()) == 0;
            if (groupedAsDecimal || cents) {
                return new Money(shown.amount(), price.currency(), price.guessed());
            }
        }
        if (amount.scale() == 3 && writesDecimalComma(page)) {
            return new Money(amount.movePointRight(3).setScale(0), price.currency(), price.guessed());
        }
        return price;
    }

    /** Whether the page writes a comma before decimals: by its language, else by how its prices look. */
    static boolean writesDecimalComma(PageContext page) {
        String language = language(page);
        if (DECIMAL_COMMA.contains(language)) {
            return true;
        }
        if (DECIMAL_POINT.contains(language)) {
            return false;
        }
        String text = page.bodyText();
        return count(COMMA_DECIMALS.matcher(text)) > 2 * count(POINT_DECIMALS.matcher(text));
    }

    private static String language(PageContext page) {
        String locale = page.meta("og:locale");
        if (locale == null || locale.isBlank()) {
            var html = page.document().selectFirst("html");
            locale = html == null ? "" : html.attr("lang");
        }
        return locale.strip().split("[-_]")[0].toLowerCase(Locale.ROOT);
    }

    private static int count(Matcher matcher) {
        int count = 0;
        while (matcher.find() && count < 1000) {
            count++;
        }
        return count;
    }
}
