package io.reelforge.media.render;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words shown on the cards: the product's name and brand on the opening card, its price on the badge, the call
 * to action on the end card. Product text is shown as it is, as text.
 */
public record VideoTexts(String title, @Nullable String brand, @Nullable String price, String callToAction) {

    public static final String DEFAULT_CALL_TO_ACTION = "Shop now";

    public VideoTexts {
        title = title == null ? "" : title.strip();
        callToAction = callToAction == null || callToAction.isBlank() ? DEFAULT_CALL_TO_ACTION : callToAction;
    }

    /** "$49.99", "€12.50", or "49.99 XYZ" for a currency without a symbol; null without a price. */
    public static @Nullable String price(@Nullable BigDecimal amount, @Nullable String currency) {
        if (amount == null) {
            return null;
        }
        String number = amount.stripTrailingZeros().scale() <= 0 ? amount.toBigInteger().toString()
                : amount.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString();
        if (currency == null || currency.isBlank()) {
            return number;
        }
        try {
            String symbol = Currency.getInstance(currency.strip().toUpperCase(Locale.ROOT)).getSymbol(Locale.US);
            return symbol.length() <= 2 ? symbol + number : number + " " + symbol;
        } catch (IllegalArgumentException e) {
            return number + " " + currency.strip();
        }
    }
}
