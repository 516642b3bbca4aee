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
            "1.234.567,89 kr  | 1234567.89 | SEK",
            "€1.299           | 1299     | EUR",
            "0.299 €          | 0.299    | EUR",
            "£1,299.00        | 1299.00  | GBP",
            "R$ 1.299,90      | 1299.90  | BRL",
            "CHF 1'299.–      | 1299     | CHF",
            "Fr. 49.90        | 49.90    | CHF",
            "1 299 kr         | 1299     | SEK",
            "349,- kr         | 349      | SEK",
            "kr 1.495,00      | 1495.00  | SEK",
            "C$ 79.99         | 79.99    | CAD",
            "CA$79.99         | 79.99    | CAD",
            "A$ 129.95        | 129.95   | AUD",
            "AU$129.95        | 129.95   | AUD",
            "NZ$ 59.00        | 59.00    | NZD",
            "HK$1,280         | 1280     | HKD",
            "S$ 45.90         | 45.90    | SGD",
            "MX$1,299.00      | 1299.00  | MXN",
            "US$ 19.99        | 19.99    | USD",
            "USD 19.99        | 19.99    | USD",
            "19.99 USD        | 19.99    | USD",
            "EUR 1.299,00     | 1299.00  | EUR",
            "€ 9,95           | 9.95     | EUR",
            "29,99 € TTC      | 29.99    | EUR",
            "€29.99           | 29.99    | EUR",
            "12,50 zł         | 12.50    | PLN",
            "1 299,00 zł      | 1299.00  | PLN",
            "1 290 Kč         | 1290     | CZK",
            "₽ 2 990          | 2990     | RUB",
            "₺1.299,99        | 1299.99  | TRY",
            "₪ 199.90         | 199.90   | ILS",
            "₩39,000          | 39000    | KRW",
            "¥1,980 (税込)     | 1980     | JPY",
            "￥3,300           | 3300     | JPY",
            "₹1,299.00        | 1299.00  | INR",
            "1.290.000 ₫      | 1290000  | VND",
            "฿1,290           | 1290     | THB",
            "₱1,299.00        | 1299.00  | PHP",
            "Now $24.99       | 24.99    | USD",
            "Sale $19.99      | 19.99    | USD",
            "Price: $165.95   | 165.95   | USD",
            "From £12.00      | 12.00    | GBP",
            "$19.99 - $29.99  | 19.99    | USD",
            "$5               | 5        | USD",
            "1,5 €            | 1.5      | EUR",
            "€ 1.000          | 1000     | EUR",
            "$1,000           | 1000     | USD",
            "1.000,- €        | 1000     | EUR",
            "2.499,-          | 2499     | ",
            "49.90 CHF        | 49.90    | CHF",
            "CHF 49.–         | 49       | CHF",
            "1’299.00 CHF     | 1299.00  | CHF",
            "12 345,67 €      | 12345.67 | EUR",
            "12\u202F345,67 € | 12345.67 | EUR",
            "£0.99            | 0.99     | GBP",
            "$1,234,567.89    | 1234567.89 | USD",
            "1,234,567        | 1234567  | ",
            "24,99 $          | 24.99    | USD",
            "AED 1,299.00     | 1299.00  | AED",
            "SAR 499          | 499      | SAR",
            "KES 2,500        | 2500     | KES",
            "NOK 1 990        | 1990     | NOK",
            "DKK 1.299,95     | 1299.95  | DKK",
            "$339.99          | 339.99   | USD"})
    void readsPricesAsStoresWriteThem(String text, String amount, String currency) {
        Money money = PriceParser.parseText(text).orElseThrow();

        assertThat(money.amount()).isEqualByComparingTo(new BigDecimal(amount));
        assertThat(money.currency()).isEqualTo(currency == null || currency.isBlank() ? null : currency);
    }

    @ParameterizedTest(name = "\"{0}\" names its currency only by a shared symbol: {1}")
    @CsvSource(delimiter = '|', value = {"$24.99 | true", "24,99 $ | true", "1 299 kr | true", "US$ 24.99 | false",
            "C$ 24.99 | false", "USD 24.99 | false", "24.99 € | false", "R$ 24,99 | false", "kr 24 NOK | false"})
    void aBareDollarOrKronaIsOnlyAGuess(String text, boolean guessed) {
        assertThat(PriceParser.parseText(text).orElseThrow().guessed()).isEqualTo(guessed);
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

    /**
     * Price strings from real pages that scrapinghub/price-parser collected for its own tests
     * ({@code tests/test_price_parsing.py} at commit 081e0c29b195ecf33140fcfe104f015a5e9b7036, BSD-3-Clause; see
     * pages/ATTRIBUTION.md): the ones about separators, grouping by spaces and several amounts in one string.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "$ 1.144.000 | 1144000",
            "A$190.00 | 190",
            "205,68 € 205.68 | 205.68",
            "DEM 170 000 | 170000",
            "PTE 120 000 000 | 120000000",
            "399 167.00 руб 420 176.16 руб | 399167",
            "45,00 zł | 45",
            "R$260,00 | 260",
            "34,50 € * | 34.5",
            "Běžná cena 9 800 Kč | 9800",
            "171900 руб. | 171900",
            "5 870 | 5870",
            "€ 610, | 610",
            "6 300 Р | 6300",
            "Rp 31.500 | 31500",
            "2 285,81 грн. | 2285.81",
            "$ 119,999 | 119999",
            "Cena 283,50 PLN | 283.5",
            "94,456 Р | 94456",
            "฿ 3.3900 | 3.39",
            "1 030 р. | 1030",
            "129.900 | 129900",
            "3,49 zł 1,75 zł | 3.49",
            "17 940,00 руб | 17940",
            "9.990,00 € | 9990",
            "880,000 ₫ | 880000",
            "$426.20/EA | 426.2",
            "6,000.00 руб. 5,500.00 руб. | 6000",
            "841,00 zł – 995,00 zł | 841",
            "1 995,00 Kč | 1995",
            "€ 2.109,00 | 2109",
            ": 3 250 000 € | 3250000",
            "166,81 € iva inclusa | 166.81",
            "€ 10.00 € 8.00 – € 10.00 | 10",
            "$699,000 | 699000",
            "$119. 95 | 119.95",
            "€30,40 ** | 30.4",
            "2 660 руб | 2660",
            "59,90 EUR | 59.9",
            "US$:12.99 | 12.99",
            "GBP 34.992001 | 34.992001",
            "AED 8000 (USD 2179) | 8000",
            "€ 1.99 | 1.99"})
    void readsThePriceParserProjectsRealWorldSeparators(String text, String amount) {
        assertThat(PriceParser.parseText(text)).hasValueSatisfying(
                money -> assertThat(money.amount()).isEqualByComparingTo(amount));
    }
}
