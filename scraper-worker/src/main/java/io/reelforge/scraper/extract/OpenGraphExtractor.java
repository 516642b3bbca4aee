package io.reelforge.scraper.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * OpenGraph ({@code og:*}, {@code product:*}) and Twitter card meta tags. Meant for link previews, so they are
 * weaker than schema.org markup: {@code og:title} is used only when it is about this page (some stores put the
 * site's slogan there), and a price is taken only with the currency stated next to it.
 */
final class OpenGraphExtractor {

    private static final List<String> IMAGE_KEYS = List.of("og:image:secure_url", "og:image", "og:image:url",
            "twitter:image", "twitter:image:src");

    PartialProduct extract(PageContext page) {
        PartialProduct.Builder builder = PartialProduct.builder();
        String type = page.meta("og:type");
        if (type != null && type.toLowerCase(Locale.ROOT).contains("product")) {
            builder.declaresProduct();
        }
        String heading = Headings.mainText(page);
        String documentTitle = page.documentTitle();
        for (String key : List.of("og:title", "twitter:title")) {
            String title = page.meta(key);
            if (title != null && Titles.isAboutThisPage(title, documentTitle, heading, page)) {
                builder.title(title);
            }
        }
        builder.description(Text.firstClean(page.meta("og:description"), page.meta("twitter:description")))
                .brand(Text.firstClean(page.meta("og:brand"), page.meta("product:brand")))
                .availability(Text.firstClean(page.meta("og:availability"), page.meta("product:availability")))
                .sku(page.meta("product:retailer_item_id"))
                .price(price(page).or(() -> twitterPrice(page)).orElse(null));
        page.absolute(page.meta("og:url")).ifPresent(builder::url);
        for (Element meta : page.document().select("meta[property], meta[name]")) {
            String key = (meta.hasAttr("property") ? meta.attr("property") : meta.attr("name")).toLowerCase(Locale.ROOT);
            if (IMAGE_KEYS.contains(key)) {
                page.absolute(meta.hasAttr("content") ? meta.attr("content") : meta.attr("value")).ifPresent(builder::image);
            }
        }
        return builder.build();
    }

    private static Optional<Money> price(PageContext page) {
        for (String prefix : List.of("product:price", "og:price")) {
            Optional<java.math.BigDecimal> amount = PriceParser.parseAmount(page.meta(prefix + ":amount"));
            if (amount.isPresent()) {
                String raw = page.meta(prefix + ":amount");
                String currency = Currencies.normalize(page.meta(prefix + ":currency"))
                        .or(() -> raw == null ? Optional.empty() : Currencies.find(raw))
                        .orElse(null);
                return Optional.of(new Money(amount.get(), currency));
            }
        }
        return Optional.empty();
    }

    /** Twitter product cards: {@code twitter:data1 = "$25.00"} labelled "Price" or with a currency code. */
    private static Optional<Money> twitterPrice(PageContext page) {
        for (int i = 1; i <= 4; i++) {
            String label = page.meta("twitter:label" + i);
            String data = page.meta("twitter:data" + i);
            if (label == null || data == null) {
                continue;
            }
            Optional<String> labelCurrency = Currencies.normalize(label);
            if (labelCurrency.isPresent() || label.toLowerCase(Locale.ROOT).contains("price")) {
                Optional<Money> money = PriceParser.parseText(data);
                if (money.isPresent()) {
                    Money m = money.get();
                    return Optional.of(labelCurrency.map(m::withCurrency).orElse(m));
                }
            }
        }
        return Optional.empty();
    }
}
