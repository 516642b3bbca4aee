package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PriceParserTest {

    @ParameterizedTest(name = "\"{0}\" is {1} {2}")
    @CsvSource(delimiter = '|', value = {
            "$1,299.00        | 1299.00  | USD",
            "1.299,00 €       | 1299.00  | EUR",
            "1 299,00 €       | 1299.00  | EUR",
            "1\u00A0299,00\u00A0€ | 1299.00 | EUR",
            "£24.99           | 24.99    | GBP",
            "¥12,800          | 12800    | JPY",
            "₹ 2,49,999       | 249999   | INR",
            "US $649.99       | 649.99   | USD",
            "CHF 1'299.50     | 1299.50  | CHF",
            "48,00 EUR        | 48.00    | EUR",
            "$137,200         | 137200   | USD",
            "$28.50+          | 28.50    | USD",
            "38.17 - 48.27 USD | 38.17   | USD",
            "Starting from $999.00 | 999.00 | USD",
            "1.234.567,89 kr  | 1234567.89 | ",
            "€1.299           | 1299     | EUR",
            "0.299 €          | 0.299    | EUR"})
    void readsPricesAsStoresWriteThem(String text, String amount, String currency) {
        Money money = PriceParser.parseText(text).orElseThrow();

        assertThat(money.amount()).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(money.currency()).isEqualTo(currency == null || currency.isBlank() ? null : currency);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Sold out", "$0.00", "0", "Price on request", "-5"})
    void textWithoutAPositiveAmountIsNoPrice(String text) {
        assertThat(PriceParser.parseText(text)).isEmpty();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({"31.49, 31.49", "1.299, 1.299", "+12, 12", "'48,00', 48.00", "'1,299.00', 1299.00", "99, 99"})
    void machineReadableAmountsUseADecimalPoint(String value, String amount) {
        assertThat(PriceParser.parseAmount(value)).hasValueSatisfying(
                a -> assertThat(a).isEqualByComparingTo(new BigDecimal(amount)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ALL SALES FINAL 5", "TOP 10 picks 20"})
    void anUpperCaseWordAwayFromTheAmountIsNotACurrencyCode(String text) {
        assertThat(PriceParser.parseText(text)).hasValueSatisfying(m -> assertThat(m.currency()).isNull());
    }
}
