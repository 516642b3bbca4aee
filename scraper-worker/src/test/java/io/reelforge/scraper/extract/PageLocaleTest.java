package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.net.URI;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageLocaleTest {

    @ParameterizedTest(name = "{0} on {1} with {2} is {3}")
    @CsvSource(delimiter = '|', value = {
            "$24.99    | https://shop.example.com/p | <html lang=en>                     | USD",
            "$24.99    | https://shop.example.ca/p  | <html lang=en>                     | CAD",
            "$24.99    | https://shop.example/p     | <html lang=en-AU>                  | AUD",
            "$24.99    | https://shop.example/p     | <meta property=og:locale content=en_NZ> | NZD",
            "$24.99    | https://www.shop.com.mx/p  | <html>                             | MXN",
            "US$ 24.99 | https://shop.example.ca/p  | <html>                             | USD",
            "1 299 kr  | https://shop.example.no/p  | <html>                             | NOK",
            "1 299 kr  | https://shop.example/p     | <html lang=da>                     | DKK",
            "1 299 kr  | https://shop.example/p     | <html>                             | SEK",
            "24,99 €   | https://shop.example.ca/p  | <html>                             | EUR"})
    void aSharedSymbolFollowsThePagesCountry(String text, String url, String head, String currency) {
        PageContext page = new PageContext(Jsoup.parse(head + "<title>x</title>", url), URI.create(url));

        Money resolved = PageLocale.resolve(PriceParser.parseText(text).orElseThrow(), page);

        assertThat(resolved.currency()).isEqualTo(currency);
        assertThat(resolved.amount()).isPositive().isLessThan(new BigDecimal("2000"));
    }
}
