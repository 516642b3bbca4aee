package io.reelforge.scraper.extract;

import java.math.BigDecimal;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A price and the currency it was stated in, kept together: taking the amount from one source and the currency
 * from another is how a page that shows 43.90 EUR in one place and 48 USD in another becomes 43.90 USD.
 *
 * @param currency ISO 4217 code, or null when the source did not say
 * @param guessed the currency was read from a symbol several currencies use ({@code $}, {@code kr}) and is only
 *        the most common reading: the page's country may name a better one (see {@link PageLocale})
 */
record Money(BigDecimal amount, @Nullable String currency, boolean guessed) {

    Money(BigDecimal amount, @Nullable String currency) {
        this(amount, currency, false);
    }

    Money withCurrency(@Nullable String value) {
        return new Money(amount, value, false);
    }

    /** Equal amounts (by value, 25.0 = 25.00) in the same currency; how the currency was found does not matter. */
    @Override
    public boolean equals(Object other) {
        return other instanceof Money money && amount.compareTo(money.amount) == 0
                && Objects.equals(currency, money.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hash(amount.stripTrailingZeros(), currency);
    }
}
