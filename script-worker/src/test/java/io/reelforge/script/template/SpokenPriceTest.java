package io.reelforge.script.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenPriceTest {

    @ParameterizedTest
    @CsvSource({
            "49.00, USD, 49 dollars",
            "49, usd, 49 dollars",
            "19.99, USD, 19 dollars 99",
            "1.00, USD, 1 dollar",
            "19.05, USD, 19 dollars and 5 cents",
            "0.01, EUR, 0 euros and 1 cent",
            "89.5, EUR, 89 euros 50",
            "12.40, GBP, 12 pounds 40",
            "1999, JPY, 1999 yen",
            "49.90, SEK, 49.90 SEK"})
    void pricesAreSaidTheWayPeopleSayThem(String amount, String currency, String spoken) {
        assertThat(SpokenPrice.spoken(new BigDecimal(amount), currency, PhraseSets.ENGLISH)).contains(spoken);
    }

    @ParameterizedTest
    @CsvSource({"49.00, USD, $49", "19.99, USD, $19.99", "89.5, EUR, €89.50", "49.90, SEK, 49.90 SEK"})
    void pricesAreShownWithTheirSymbol(String amount, String currency, String shown) {
        assertThat(SpokenPrice.display(new BigDecimal(amount), currency)).contains(shown);
    }

    @ParameterizedTest
    @CsvSource({"0, USD", "-5, USD"})
    void aZeroOrNegativePriceIsNotSaid(String amount, String currency) {
        assertThat(SpokenPrice.spoken(new BigDecimal(amount), currency, PhraseSets.ENGLISH)).isEmpty();
    }
}
