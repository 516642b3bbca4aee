package io.reelforge.scraper.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;

/**
 * OpenGraph ({@code og:*}) and its product vocabulary ({@code product:*}, Facebook's {@code og:price:*}). Meant
 * for link previews, so weaker than schema.org markup: {@code og:title} is used only when it is about this page
 * (some stores put the site's slogan there), and a price is taken only with the currency stated next to it.
 */
final class OpenGraphExtractor {

    private static final List<String> IMAGE_KEYS = List.of("og:image:secure_url", "og:image", "og:image:url");

    PartialProduct extract(PageContext page) {
        PartialProduct.Builder builder = PartialProduct.builder("opengraph");
        String type = page.meta("og:type");
        if (type != null && type.toLowerCase(Locale.ROOT).contains("product")) {
            builder.declaresProduct();
        }
        String title = page.meta("og:title");
        if (title != null && Titles.isAboutThisPage(title, page.documentTitle(), Headings.mainText(page), page)) {
            builder.title(title);
        }
        builder.description(page.meta("og:description"))
                .brand(Text.firstClean(page.meta("og:brand"), page.meta("product:brand")))
                .availability(Text.firstClean(page.meta("og:availability"), page.meta("product:availability")))
                .sku(page.meta("product:retailer_item_id"))
                .mpn(page.meta("product:mfr_part_no"))
                .price(price(page, "product:sale_price", "og:sale_price", "product:price", "og:price").orElse(null))
                .referencePrice(price(page, "og:price:standard_amount", "product:original_price", "og:original_price")
                        .or(() -> price(page, "product:sale_price", "og:sale_price").isPresent()
                                ? price(page, "product:price", "og:price") : Optional.empty())
                        .orElse(null));
        for (String key : List.of("product:gtin", "product:ean", "product:upc", "og:upc", "product:isbn")) {
            builder.gtin(page.meta(key));
        }
        page.absolute(page.meta("og:url")).ifPresent(builder::url);
        images(page, IMAGE_KEYS, builder);
        return builder.build();
    }

    static void images(PageContext page, List<String> keys, PartialProduct.Builder builder) {
        for (Element meta : page.document().select("meta[property], meta[name]")) {
            String key = (meta.hasAttr("property") ? meta.attr("property") : meta.attr("name")).toLowerCase(Locale.ROOT);
            if (keys.contains(key)) {
                page.absolute(meta.hasAttr("content") ? meta.attr("content") : meta.attr("value")).ifPresent(builder::image);
            }
        }
    }

    private static Optional<Money> price(PageContext page, String... prefixes) {
        for (String prefix : prefixes) {
            String raw = page.meta(prefix.endsWith("amount") ? prefix : prefix + ":amount");
            Optional<java.math.BigDecimal> amount = PriceParser.parseAmount(raw);
            if (amount.isPresent()) {
                Optional<Money> inText = PriceParser.parseText(raw);
                Optional<String> stated = Currencies.normalize(page.meta(prefix + ":currency"))
                        .or(() -> Currencies.normalize(page.meta("product:price:currency")))
                        .or(() -> Currencies.normalize(page.meta("og:price:currency")));
                return Optional.of(stated.map(code -> new Money(amount.get(), code))
                        .orElseGet(() -> new Money(amount.get(), inText.map(Money::currency).orElse(null),
                                inText.map(Money::guessed).orElse(false))));
            }
        }
        return Optional.empty();
    }
}
