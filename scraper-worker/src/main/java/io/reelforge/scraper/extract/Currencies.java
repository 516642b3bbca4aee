package io.reelforge.scraper.extract;

import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** ISO 4217 codes, and the symbols that name one currency unambiguously enough to map ({@code $} is read as USD). */
final class Currencies {

    private static final Set<String> ISO_CODES = Currency.getAvailableCurrencies().stream()
            .map(Currency::getCurrencyCode).collect(Collectors.toUnmodifiableSet());

    /**
     * Codes recognised inside free text: the currencies shops price in. Other ISO codes are also English words
     * or abbreviations in capitals ("ALL", "TOP", "CUP", "MOP"), so they count only where a page states a currency.
     */
    private static final Set<String> TEXT_CODES = Set.of("USD", "EUR", "GBP", "JPY", "CNY", "INR", "CAD", "AUD",
            "NZD", "CHF", "SEK", "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "RUB", "UAH", "TRY", "ILS",
            "AED", "SAR", "QAR", "KWD", "EGP", "ZAR", "NGN", "KES", "MAD", "BRL", "MXN", "ARS", "CLP", "COP",
            "KRW", "HKD", "SGD", "TWD", "THB", "MYR", "IDR", "PHP", "VND", "PKR", "BDT", "LKR", "LBP", "JOD",
            "BHD", "OMR", "TND", "DZD", "IQD", "UYU", "PYG", "BOB", "CRC", "GTQ", "DOP", "RSD", "GEL", "KZT", "NPR");

    /** Longest symbols first, so {@code US$} wins over {@code $}. */
    private static final Map<String, String> SYMBOLS = symbols();

    /** A code right before or after an amount: "USD 12", "12 EUR", "CHF 5"; a code elsewhere ("ALL SALES") is text. */
    private static final Pattern CODE = Pattern.compile(
            "(?<![A-Za-z])([A-Z]{3})(?=\\s?[\\d$€£¥₹])|(?<=\\d\\s?)([A-Z]{3})(?![A-Za-z])");

    private Currencies() {
    }

    /** The ISO code for a value stated as a code or a symbol ({@code "usd"}, {@code "€"}); empty if unknown. */
    static Optional<String> normalize(@Nullable String value) {
        if (value == null) {
            return Optional.empty();
        }
        String trimmed = value.strip();
        String upper = trimmed.toUpperCase(Locale.ROOT);
        if (ISO_CODES.contains(upper)) {
            return Optional.of(upper);
        }
        return Optional.ofNullable(SYMBOLS.get(trimmed));
    }

    /** Symbols several currencies share: read as their most common currency unless the page says otherwise. */
    private static final Pattern AMBIGUOUS = Pattern.compile("(?<![A-Za-z$])\\$|(?<![A-Za-z])kr\\.?(?![A-Za-z])");
    private static final Pattern KRONA = Pattern.compile("(?<![A-Za-z])kr\\.?(?![A-Za-z])");

    /** Whether the text names its currency only by a shared symbol (a bare {@code $} or {@code kr}). */
    static boolean isAmbiguous(String text) {
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            if (TEXT_CODES.contains(code.group(1) != null ? code.group(1) : code.group(2))) {
                return false;
            }
        }
        for (Map.Entry<String, String> symbol : SYMBOLS.entrySet()) {
            if (symbol.getKey().length() > 1 && symbol.getKey().contains("$") && text.contains(symbol.getKey())) {
                return false;
            }
        }
        return AMBIGUOUS.matcher(text).find();
    }

    /** The currency a piece of price text names, by a code next to the amount or a symbol; empty if none. */
    static Optional<String> find(String text) {
        Matcher code = CODE.matcher(text);
        while (code.find()) {
            String found = code.group(1) != null ? code.group(1) : code.group(2);
            if (TEXT_CODES.contains(found)) {
                return Optional.of(found);
            }
        }
        for (Map.Entry<String, String> symbol : SYMBOLS.entrySet()) {
            if (text.contains(symbol.getKey())) {
                return Optional.of(symbol.getValue());
            }
        }
        if (KRONA.matcher(text).find()) {
            return Optional.of("SEK");
        }
        if (text.contains("Fr.") || text.contains("SFr")) {
            return Optional.of("CHF");
        }
        return Optional.empty();
    }

    private static Map<String, String> symbols() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("US$", "USD");
        map.put("CA$", "CAD");
        map.put("C$", "CAD");
        map.put("AU$", "AUD");
        map.put("A$", "AUD");
        map.put("NZ$", "NZD");
        map.put("HK$", "HKD");
        map.put("S$", "SGD");
        map.put("R$", "BRL");
        map.put("MX$", "MXN");
        map.put("€", "EUR");
        map.put("£", "GBP");
        map.put("¥", "JPY");
        map.put("￥", "JPY");
        map.put("₹", "INR");
        map.put("₩", "KRW");
        map.put("₽", "RUB");
        map.put("₺", "TRY");
        map.put("₪", "ILS");
        map.put("₫", "VND");
        map.put("₱", "PHP");
        map.put("฿", "THB");
        map.put("zł", "PLN");
        map.put("Kč", "CZK");
        map.put("$", "USD");
        return map;
    }
}
