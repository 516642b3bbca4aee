package io.reelforge.scraper.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Shopify's product JSON: the {@code <script type="application/json">} a Shopify theme embeds for its product form
 * ({@code id="ProductJson-..."}, {@code data-product-json}), and the store's {@code /products/<handle>.json}
 * document. Embedded prices are integers in cents; the {@code .json} document writes them as decimal strings. The
 * currency is the store's ({@code Shopify.currency.active}) or the page's stated one.
 */
final class ShopifyExtractor {

    private static final Pattern CURRENCY = Pattern.compile(
            "Shopify\\.currency\\s*=\\s*\\{\\s*\"active\"\\s*:\\s*\"([A-Za-z]{3})\"");
    private static final int MAX_BYTES = 2_000_000;

    private final LenientJson json = new LenientJson();

    PartialProduct extract(PageContext page) {
        for (Element script : page.document().select("script[type=application/json]")) {
            String id = script.id().toLowerCase(java.util.Locale.ROOT);
            boolean productJson = id.startsWith("productjson") || id.contains("product-json")
                    || script.hasAttr("data-product-json");
            if (!productJson || script.data().length() > MAX_BYTES) {
                continue;
            }
            for (JsonNode root : json.read(script.data())) {
                JsonNode product = root.has("product") ? root.get("product") : root;
                if (product.isObject() && product.has("variants")) {
                    return read(product, page, currency(page));
                }
            }
        }
        return PartialProduct.EMPTY;
    }

    /** A Shopify {@code /products/<handle>.json} document ({@code {"product": {...}}}). */
    PartialProduct fromDocument(JsonNode root, PageContext page) {
        JsonNode product = root.get("product");
        return product != null && product.isObject() && product.has("variants")
                ? read(product, page, null) : PartialProduct.EMPTY;
    }

    private static PartialProduct read(JsonNode product, PageContext page, @Nullable String currency) {
        PartialProduct.Builder builder = PartialProduct.builder("shopify").declaresProduct()
                .title(SchemaNodes.text(product.get("title")))
                .description(org.jsoup.Jsoup.parse(Optional.ofNullable(SchemaNodes.text(
                        product.has("description") ? product.get("description") : product.get("body_html")))
                        .orElse("")).text())
                .brand(SchemaNodes.text(product.get("vendor")));
        List<BigDecimal> prices = new ArrayList<>();
        List<JsonNode> variants = SchemaNodes.values(product.get("variants")).stream().filter(JsonNode::isObject)
                .toList();
        variants.forEach(variant -> amount(variant.get("price")).ifPresent(prices::add));
        JsonNode chosen = variants.stream()
                .filter(v -> amount(v.get("price")).isPresent() && v.path("available").asBoolean(true))
                .findFirst()
                .or(() -> variants.stream().filter(v -> amount(v.get("price")).isPresent()).findFirst())
                .or(() -> variants.stream().findFirst())
                .orElse(null);
        if (chosen != null) {
            amount(chosen.get("price")).ifPresent(a -> builder.price(new Money(a, currency)));
            builder.sku(SchemaNodes.text(chosen.get("sku"))).gtin(SchemaNodes.text(chosen.get("barcode")))
                    .availability(chosen.has("available")
                            ? chosen.get("available").asBoolean(true) ? "InStock" : "OutOfStock" : null);
        }
        if (!prices.isEmpty()) {
            builder.priceRange(new Money(java.util.Collections.min(prices), currency),
                    new Money(java.util.Collections.max(prices), currency));
        }
        for (JsonNode image : SchemaNodes.values(product.get("images"))) {
            String src = image.isString() ? image.stringValue() : SchemaNodes.text(image.get("src"));
            page.absolute(src).ifPresent(builder::image);
        }
        return builder.build();
    }

    /** Embedded JSON states cents as integers; the .json document states units as strings ("19.99"). */
    private static Optional<BigDecimal> amount(@Nullable JsonNode price) {
        if (price == null || price.isNull()) {
            return Optional.empty();
        }
        if (price.isIntegralNumber()) {
            BigDecimal cents = price.decimalValue();
            return cents.signum() > 0 ? Optional.of(cents.divide(BigDecimal.valueOf(100), 2, RoundingMode.UNNECESSARY))
                    : Optional.empty();
        }
        if (price.isNumber()) {
            return SchemaNodes.decimal(price).filter(a -> a.signum() > 0);
        }
        return PriceParser.parseAmount(price.asString());
    }

    private static @Nullable String currency(PageContext page) {
        for (Element script : page.document().select("script:not([src])")) {
            String data = script.data();
            if (data.contains("Shopify.currency")) {
                Matcher matcher = CURRENCY.matcher(data);
                if (matcher.find()) {
                    return Currencies.normalize(matcher.group(1)).orElse(null);
                }
            }
        }
        return Text.firstClean(Currencies.normalize(page.meta("og:price:currency")).orElse(null),
                Currencies.normalize(page.meta("product:price:currency")).orElse(null));
    }
}
