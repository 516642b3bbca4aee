package io.reelforge.scraper.extract;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The country a page sells in, for prices written with a symbol several currencies share: {@code $} is USD in
 * the US but CAD on a Canadian store, {@code kr} is SEK, NOK, DKK or ISK. The country comes from
 * {@code og:locale} ({@code en_CA}), the page's {@code lang} ({@code en-AU}), then the host's country domain
 * ({@code .ca}, {@code .com.au}, {@code .se}).
 */
final class PageLocale {

    private static final Map<String, String> DOLLARS = Map.ofEntries(Map.entry("US", "USD"), Map.entry("CA", "CAD"),
            Map.entry("AU", "AUD"), Map.entry("NZ", "NZD"), Map.entry("SG", "SGD"), Map.entry("HK", "HKD"),
            Map.entry("MX", "MXN"), Map.entry("TW", "TWD"), Map.entry("CL", "CLP"), Map.entry("CO", "COP"),
            Map.entry("AR", "ARS"), Map.entry("JM", "JMD"), Map.entry("BS", "BSD"));
    private static final Map<String, String> KRONOR = Map.of("SE", "SEK", "NO", "NOK", "DK", "DKK", "IS", "ISK");
    private static final Map<String, String> LANGUAGE_COUNTRY = Map.of("sv", "SE", "nb", "NO", "nn", "NO", "no", "NO",
            "da", "DK", "is", "IS");

    private PageLocale() {
    }

    /** The price with its shared-symbol currency replaced by the page country's, when the page names a country. */
    static Money resolve(Money price, PageContext page) {
        if (!price.guessed() || price.currency() == null) {
            return price;
        }
        Map<String, String> family = price.currency().equals("USD") ? DOLLARS
                : KRONOR.containsValue(price.currency()) ? KRONOR : Map.of();
        return country(page).map(family::get).map(price::withCurrency).orElse(price);
    }

    static Optional<String> country(PageContext page) {
        return fromLocale(page.meta("og:locale"))
                .or(() -> fromLocale(page.document().selectFirst("html") == null ? null
                        : page.document().selectFirst("html").attr("lang")))
                .or(() -> fromHost(page.host()));
    }

    private static Optional<String> fromLocale(@Nullable String locale) {
        if (locale == null || locale.isBlank()) {
            return Optional.empty();
        }
        String[] parts = locale.strip().split("[-_]");
        if (parts.length >= 2 && parts[1].length() == 2) {
            return Optional.of(parts[1].toUpperCase(Locale.ROOT));
        }
        return Optional.ofNullable(LANGUAGE_COUNTRY.get(parts[0].toLowerCase(Locale.ROOT)));
    }

    private static Optional<String> fromHost(String host) {
        int dot = host.lastIndexOf('.');
        if (dot < 0) {
            return Optional.empty();
        }
        String tld = host.substring(dot + 1).toUpperCase(Locale.ROOT);
        return tld.length() == 2 ? Optional.of(tld.equals("UK") ? "GB" : tld) : Optional.empty();
    }
}
