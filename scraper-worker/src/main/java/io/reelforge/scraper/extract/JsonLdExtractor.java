package io.reelforge.scraper.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jsoup.nodes.Element;
import tools.jackson.databind.JsonNode;

/**
 * The strongest source: schema.org Product markup in {@code <script type="application/ld+json">}. The product is
 * looked for at the top of each block, in top-level arrays, in {@code @graph}, and as a page's
 * {@code mainEntity}; never inside other properties, where products are related items or list entries rather than
 * the page's own product. A ProductGroup wins over its variants and borrows a price from the first variant that
 * has one.
 */
final class JsonLdExtractor {

    private static final int MAX_BLOCKS = 32;

    private final LenientJson json = new LenientJson();

    PartialProduct extract(PageContext page) {
        return findProduct(page).map(product -> read(product, page)).orElse(PartialProduct.EMPTY);
    }

    private Optional<JsonNode> findProduct(PageContext page) {
        List<JsonNode> products = new ArrayList<>();
        int blocks = 0;
        for (Element script : page.document().select("script[type]")) {
            if (!script.attr("type").toLowerCase(Locale.ROOT).contains("ld+json")) {
                continue;
            }
            if (++blocks > MAX_BLOCKS) {
                break;
            }
            for (JsonNode root : json.read(script.data())) {
                collect(root, products, 0);
            }
        }
        return products.stream().filter(p -> SchemaNodes.hasType(p, "productgroup")).findFirst()
                .or(() -> products.stream().filter(p -> SchemaNodes.text(p.get("name")) != null).findFirst())
                .or(() -> products.stream().findFirst());
    }

    private static void collect(JsonNode node, List<JsonNode> products, int depth) {
        if (depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(element -> collect(element, products, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        if (SchemaNodes.isProduct(node)) {
            products.add(node);
            return;
        }
        for (String key : List.of("@graph", "mainEntity", "mainEntityOfPage")) {
            for (JsonNode child : SchemaNodes.values(node.get(key))) {
                collect(child, products, depth + 1);
            }
        }
    }

    private static PartialProduct read(JsonNode product, PageContext page) {
        PartialProduct.Builder builder = PartialProduct.builder("json-ld")
                .declaresProduct()
                .title(SchemaNodes.text(product.get("name")))
                .description(SchemaNodes.text(product.get("description")))
                .brand(SchemaNodes.text(product.get("brand")))
                .sku(Text.firstClean(SchemaNodes.text(product.get("sku")), SchemaNodes.text(product.get("mpn"))))
                .mpn(SchemaNodes.text(product.get("mpn")));
        codes(product, builder);
        JsonNode rating = product.get("aggregateRating");
        if (rating != null && rating.isObject()) {
            builder.rating(SchemaNodes.text(rating.get("ratingValue")), Text.firstClean(
                    SchemaNodes.text(rating.get("reviewCount")), SchemaNodes.text(rating.get("ratingCount"))));
        }
        List<JsonNode> variants = SchemaNodes.values(product.get("hasVariant"));
        builder.referencePrice(JsonLdOffers.referencePrice(product.get("offers")).orElse(null));
        builder.price(JsonLdOffers.price(product.get("offers")).orElse(null));
        String stock = JsonLdOffers.availability(product.get("offers"));
        List<Money> prices = new java.util.ArrayList<>(JsonLdOffers.allPrices(product.get("offers")));
        for (JsonNode variant : variants) {
            if (variant.isObject()) {
                if (!builder.hasPrice()) {
                    builder.price(JsonLdOffers.price(variant.get("offers")).orElse(null));
                }
                // the group can be bought when any of its variants can
                String variantStock = JsonLdOffers.availability(variant.get("offers"));
                if (variantStock != null && (stock == null || (Availability.isOut(stock)
                        && !Availability.isOut(variantStock)))) {
                    stock = variantStock;
                }
                prices.addAll(JsonLdOffers.allPrices(variant.get("offers")));
                codes(variant, builder);
            }
        }
        builder.availability(stock);
        JsonLdOffers.range(prices).ifPresent(range -> builder.priceRange(range.getFirst(), range.getLast()));
        images(product, page, builder);
        for (JsonNode variant : variants) {
            if (variant.isObject()) {
                images(variant, page, builder);
            }
        }
        return builder.build();
    }

    private static void codes(JsonNode node, PartialProduct.Builder builder) {
        for (String key : List.of("gtin13", "gtin12", "gtin14", "gtin8", "gtin", "isbn")) {
            builder.gtin(SchemaNodes.text(node.get(key)));
        }
    }

    private static void images(JsonNode node, PageContext page, PartialProduct.Builder builder) {
        for (String url : SchemaNodes.urls(node.get("image"))) {
            page.absolute(url).ifPresent(builder::image);
        }
    }
}
