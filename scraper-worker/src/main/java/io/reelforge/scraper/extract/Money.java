package io.reelforge.scraper.extract;

import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * A price and the currency it was stated in, kept together: taking the amount from one source and the currency
 * from another is how a page that shows 43.90 EUR in one place and 48 USD in another becomes 43.90 USD.
 *
 * @param currency ISO 4217 code, or null when the source did not say
 */
record Money(BigDecimal amount, @Nullable String currency) {

    Money withCurrency(@Nullable String value) {
        return new Money(amount, value);
    }
}
