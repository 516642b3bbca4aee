package io.reelforge.scraper.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * schema.org microdata ({@code itemscope itemtype=".../Product"} with {@code itemprop}s). Many older store pages
 * have no Product scope but still mark the price and the main image with {@code itemprop}; those two are read from
 * anywhere on the page outside reviews, ratings and other non-product scopes, where they are just as reliable.
 */
final class MicrodataExtractor {

    /** Scopes whose {@code itemprop}s describe something other than the product for sale. */
    private static final Set<String> FOREIGN_SCOPES = Set.of("review", "rating", "aggregaterating", "person",
            "organization", "brand", "breadcrumb", "breadcrumblist", "listitem", "itemlist", "webpage", "website",
            "localbusiness", "postaladdress", "offercatalog");

    PartialProduct extract(PageContext page) {
        PartialProduct.Builder builder = PartialProduct.builder("microdata");
        Element scope = productScope(page);
        Element searchRoot = scope != null ? scope : page.document().body();
        if (scope != null) {
            builder.declaresProduct()
                    .title(directName(scope))
                    .description(directValue(scope, "description"))
                    .brand(brand(scope))
                    .sku(directValue(scope, "sku"))
                    .sku(ownedValue(scope, "sku"))
                    .mpn(directValue(scope, "mpn"));
            for (String key : List.of("gtin13", "gtin12", "gtin14", "gtin8", "gtin", "isbn")) {
                builder.gtin(directValue(scope, key));
            }
            Element rating = scope.selectFirst("[itemprop~=(?i)^aggregateRating$]");
            if (rating != null) {
                Element value = rating.selectFirst("[itemprop~=(?i)^ratingValue$]");
                Element count = rating.selectFirst("[itemprop~=(?i)^(reviewCount|ratingCount)$]");
                builder.rating(value == null ? null : value(value), count == null ? null : value(count));
            }
            List<java.math.BigDecimal> amounts = new java.util.ArrayList<>();
            for (Element amount : scope.select("[itemprop~=(?i)^(price|lowPrice|highPrice)$]")) {
                if (belongsToProduct(amount, scope)) {
                    PriceParser.parseAmount(value(amount)).ifPresent(amounts::add);
                }
            }
            price(searchRoot).filter(m -> amounts.size() > 1).ifPresent(m -> builder.priceRange(
                    new Money(java.util.Collections.min(amounts), m.currency()),
                    new Money(java.util.Collections.max(amounts), m.currency())));
        }
        price(searchRoot).ifPresent(builder::price);
        builder.availability(availability(searchRoot));
        for (Element image : searchRoot.select("[itemprop~=(?i)^image$]")) {
            if (belongsToProduct(image, scope)) {
                String src = image.tagName().equals("img") ? ImageSources.best(image) : value(image);
                page.absolute(src).ifPresent(builder::image);
            }
        }
        return builder.build();
    }

    /**
     * The outermost Product scope; but a Product that only wraps another (Target nests its marked-up Product in an
     * empty one) gives way to the inner one, which has the properties.
     */
    private static @Nullable Element productScope(PageContext page) {
        for (Element scope : page.document().select("[itemscope][itemtype]")) {
            if (isProductType(scope) && scope.parents().stream().noneMatch(MicrodataExtractor::isProductType)) {
                Element inner = scope.select("[itemscope][itemtype]").stream()
                        .filter(e -> e != scope && isProductType(e)).findFirst().orElse(null);
                return inner != null && directValue(scope, "name") == null && directValue(inner, "name") != null
                        ? inner : scope;
            }
        }
        return null;
    }

    /** The product's stock state: the first buyable offer's, else the first stated (a variant's sold-out state). */
    private static @Nullable String availability(Element root) {
        String first = null;
        for (Element element : root.select("[itemprop~=(?i)^availability$]")) {
            if (!belongsToProduct(element, root.hasAttr("itemscope") ? root : null)) {
                continue;
            }
            String availability = Availability.normalize(value(element));
            if (availability != null && !Availability.isOut(availability)) {
                return availability;
            }
            first = first != null ? first : availability;
        }
        return first;
    }

    /** A property of the product or of its offers (schema.org lets an Offer carry the SKU). */
    private static @Nullable String ownedValue(Element scope, String name) {
        for (Element element : scope.select("[itemprop]")) {
            if (hasProperty(element, name) && belongsToProduct(element, scope)) {
                return value(element);
            }
        }
        return null;
    }

    private static boolean isProductType(Element element) {
        if (!element.hasAttr("itemscope")) {
            return false;
        }
        for (String type : element.attr("itemtype").split("\\s+")) {
            if (!type.isBlank() && SchemaNodes.PRODUCT_TYPES.contains(SchemaNodes.localName(type))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Money> price(Element root) {
        // an AggregateOffer's lowPrice often comes before its offers' prices: page order decides; a price named
        // as the old or standard one gives way to the sale price next to it
        Element price = firstProperty(root, "price", "lowPrice");
        if (price != null && VisiblePrice.namesReference(price.id() + " " + price.className())) {
            for (Element other : root.select("[itemprop~=(?i)^(price|lowPrice)$]")) {
                if (!VisiblePrice.namesReference(other.id() + " " + other.className())
                        && belongsToProduct(other, root.hasAttr("itemscope") ? root : null)
                        && PriceParser.parseAmount(value(other)).isPresent()) {
                    price = other;
                    break;
                }
            }
        }
        if (price == null) {
            return Optional.empty();
        }
        Element currencyElement = firstProperty(root, "priceCurrency", "currency");
        String statedCurrency = currencyElement == null ? null : value(currencyElement);
        String text = price.text();
        Element parent = price.parent();
        String currency = Currencies.normalize(statedCurrency)
                .or(() -> Currencies.find(text))
                .or(() -> parent == null ? Optional.empty() : Currencies.find(parent.text()))
                .orElse(null);
        return PriceParser.parseAmount(value(price)).map(amount -> new Money(amount, currency));
    }

    private static @Nullable Element firstProperty(Element root, String... names) {
        for (Element element : root.select("[itemprop]")) {
            for (String name : names) {
                if (hasProperty(element, name)
                        && belongsToProduct(element, root.hasAttr("itemscope") ? root : null)) {
                    return element;
                }
            }
        }
        return null;
    }

    /** A property of the product, not of a review, a rating or a related product inside the page. */
    private static boolean belongsToProduct(Element element, @Nullable Element productScope) {
        for (Element ancestor : element.parents()) {
            if (ancestor == productScope) {
                return true;
            }
            if (ancestor.hasAttr("itemscope")) {
                String type = SchemaNodes.localName(ancestor.attr("itemtype"));
                if (FOREIGN_SCOPES.contains(type) || isProductType(ancestor)) {
                    return false;
                }
            }
        }
        return productScope == null;
    }

    private static @Nullable String directValue(Element scope, String name) {
        for (Element element : scope.select("[itemprop]")) {
            Element owner = element.parents().stream().filter(e -> e.hasAttr("itemscope")).findFirst().orElse(null);
            if (owner == scope && hasProperty(element, name)) {
                return value(element);
            }
        }
        return null;
    }

    /** The product's name as shown: headings often hide a "Details about" prefix from sighted readers. */
    private static @Nullable String directName(Element scope) {
        for (Element element : scope.select("[itemprop]")) {
            Element owner = element.parents().stream().filter(e -> e.hasAttr("itemscope")).findFirst().orElse(null);
            if (owner == scope && hasProperty(element, "name")) {
                return element.hasAttr("content") ? element.attr("content") : Headings.visibleText(element);
            }
        }
        return null;
    }

    private static @Nullable String brand(Element scope) {
        for (Element element : scope.select("[itemprop]")) {
            if (hasProperty(element, "brand")) {
                Element name = element.hasAttr("itemscope") ? element.selectFirst("[itemprop~=(?i)^name$]") : null;
                return name != null ? value(name) : value(element);
            }
        }
        return null;
    }

    private static boolean hasProperty(Element element, String name) {
        for (String property : element.attr("itemprop").split("\\s+")) {
            if (property.equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /** An itemprop's value as microdata defines it, plus the {@code content} attribute stores put on any tag. */
    static @Nullable String value(Element element) {
        if (element.hasAttr("content")) {
            return element.attr("content");
        }
        return switch (element.tagName().toLowerCase(Locale.ROOT)) {
            case "img", "audio", "video", "source", "embed", "iframe" -> element.attr("src");
            case "a", "link", "area" -> element.attr("href");
            case "object" -> element.attr("data");
            case "data", "meter", "input" -> element.attr("value");
            case "time" -> element.hasAttr("datetime") ? element.attr("datetime") : element.text();
            default -> element.text();
        };
    }
}
