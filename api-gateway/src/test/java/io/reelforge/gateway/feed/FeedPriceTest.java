package io.reelforge.gateway.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedPriceTest {

    private static void assertPrice(String text, String amount, String currency) {
        FeedPrice price = FeedPrice.parse(text).orElseThrow(() -> new AssertionError("'" + text + "' not read"));
        assertThat(price.amount()).isEqualTo(new BigDecimal(amount));
        assertThat(price.currency()).isEqualTo(currency.isEmpty() ? null : currency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"15.00 USD|15.00|USD", "15 usd|15|USD", "USD 15.00|15.00|USD",
            "15.00USD|15.00|USD"})
    void googlesAmountAndCurrencyCodeAreReadInEitherOrder(String text, String amount, String currency) {
        assertPrice(text, amount, currency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"$19.99|19.99|USD", "€5|5|EUR", "19,99 €|19.99|EUR", "£7.50|7.50|GBP",
            "US$ 3|3|USD"})
    void aCurrencySymbolBeforeOrAfterTheAmountNamesTheCurrency(String text, String amount, String currency) {
        assertPrice(text, amount, currency);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1,299.00 USD|1299.00", "1.299,00 EUR|1299.00", "1 299,00 EUR|1299.00",
            "1\u00a0299,00 EUR|1299.00", "1'299.50 CHF|1299.50", "1,234,567 USD|1234567", "1,299 USD|1299",
            "1.299 EUR|1299"})
    void thousandsSeparatorsAreDroppedAndTheDecimalMarkIsTheLastMark(String text, String amount) {
        assertThat(FeedPrice.parse(text)).get().extracting(FeedPrice::amount).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"1.500 KWD|1.500", "0,250 BHD|0.250"})
    void threeDigitsAfterTheMarkAreDecimalsInACurrencyWithThreeDecimals(String text, String amount) {
        assertThat(FeedPrice.parse(text)).get().extracting(FeedPrice::amount).isEqualTo(new BigDecimal(amount));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"19.99|19.99", "0|0", "19,5|19.5"})
    void anAmountAloneHasNoCurrency(String text, String amount) {
        assertPrice(text, amount, "");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "free", "call us", "-5 USD", "15.00 XYZ", "USD 15 EUR", "1,2,3 USD", "12. USD",
            "1.234,567,89 EUR", "1234567890123 USD", "0.12345 USD", "15 Rs", "1.2.3"})
    void whatIsNotAPriceIsNotReadAsOne(String text) {
        assertThat(FeedPrice.parse(text)).isEmpty();
    }
}
