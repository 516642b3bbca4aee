package io.reelforge.script.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenPriceTest {

    @ParameterizedTest
    @CsvSource({
            "en, 49.00, USD, 49 dollars",
            "en, 49, usd, 49 dollars",
            "en, 19.99, USD, 19 dollars 99",
            "en, 1.00, USD, 1 dollar",
            "en, 19.05, USD, 19 dollars and 5 cents",
            "en, 0.01, EUR, 0 euros and 1 cent",
            "en, 89.5, EUR, 89 euros 50",
            "en, 12.40, GBP, 12 pounds 40",
            "en, 1999, JPY, 1999 yen",
            "de, 49, EUR, 49 Euro",
            "de, 19.99, EUR, 19 Euro 99",
            "de, 19.05, EUR, 19 Euro und 5 Cent",
            "de, 25, USD, 25 Dollar",
            "fr, 49, EUR, 49 euros",
            "fr, 19.99, EUR, 19 euros 99",
            "fr, 1, EUR, 1 euro",
            "fr, 5.29, GBP, 5 livres 29",
            "es, 49, EUR, 49 euros",
            "es, 19.99, EUR, 19 euros con 99",
            "es, 19.05, USD, 19 dólares con 5 centavos"})
    void pricesAreSaidTheWayPeopleSayThemInEachLanguage(String language, String amount, String currency,
            String spoken) {
        PhraseSet phrases = PhraseSets.find(language).orElseThrow();

        assertThat(SpokenPrice.spoken(new BigDecimal(amount), currency, phrases.price())).contains(spoken);
    }

    @ParameterizedTest
    @CsvSource({"en, 49.00, USD, $49", "en, 19.99, USD, $19.99", "en, 89.5, EUR, €89.50", "en, 49.90, SEK, 49.90 SEK",
            "de, 19.99, EUR, '19,99 €'", "fr, 49, EUR, 49 €", "es, 43.90, EUR, '43,90 €'"})
    void pricesAreShownWithTheirSymbolAsTheLanguageWritesThem(String language, String amount, String currency,
            String shown) {
        assertThat(SpokenPrice.display(new BigDecimal(amount), currency, language)).contains(shown);
    }

    @ParameterizedTest
    @CsvSource({"0, USD", "-5, USD", "49.90, SEK", "49.90, ''"})
    void aPriceWithoutWordsForItIsNotSaid(String amount, String currency) {
        assertThat(SpokenPrice.spoken(new BigDecimal(amount), currency, PhraseSets.ENGLISH.price())).isEmpty();
    }
}
