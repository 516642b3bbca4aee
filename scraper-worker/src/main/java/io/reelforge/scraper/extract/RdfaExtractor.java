package io.reelforge.scraper.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * schema.org in RDFa: an element whose {@code typeof} names a Product ({@code schema:Product}, or
 * {@code Product} under {@code vocab="http://schema.org/"}) and the {@code property} attributes inside it
 * ({@code schema:name}, {@code name}, {@code http://schema.org/price}). Properties of nested offers count as the
 * product's; those of nested reviews, people, organisations and other products do not (except the brand's name
 * and the aggregate rating). OpenGraph's {@code property="og:..."} tags are another vocabulary and are skipped.
 */
final class RdfaExtractor {

    private static final Set<String> OFFER_SCOPES = Set.of("offer", "aggregateoffer", "pricespecification",
            "unitpricespecification");
    private static final Set<String> OTHER_VOCABULARIES = Set.of("og", "fb", "product", "twitter", "article", "al",
            "music", "video", "book", "profile", "dc", "dcterms", "foaf", "sioc", "rdfs");

    PartialProduct extract(PageContext page) {
        PartialProduct.Builder builder = PartialProduct.builder("rdfa");
        Element scope = productScope(page);
        if (scope == null) {
            return builder.build();
        }
        builder.declaresProduct();
        List<Element> own = new ArrayList<>();
        for (Element element : scope.select("[property]")) {
            if (element != scope && ownedByProduct(element, scope)) {
                own.add(element);
            }
        }
        builder.title(value(own, "name")).description(value(own, "description")).sku(value(own, "sku"))
                .mpn(value(own, "mpn")).availability(value(own, "availability"))
                .brand(brand(scope));
        for (String key : List.of("gtin13", "gtin12", "gtin14", "gtin8", "gtin", "isbn")) {
            builder.gtin(value(own, key));
        }
        String amount = Text.firstClean(value(own, "price"), value(own, "lowPrice"));
        String currency = value(own, "priceCurrency");
        PriceParser.parseAmount(amount).ifPresent(a -> builder.price(
                Currencies.normalize(currency).map(code -> new Money(a, code))
                        .orElseGet(() -> PriceParser.parseText(amount).orElse(new Money(a, null)))));
        Element rating = first(scope, "aggregateRating");
        if (rating != null) {
            builder.rating(value(rating.select("[property]"), "ratingValue"), Text.firstClean(
                    value(rating.select("[property]"), "reviewCount"), value(rating.select("[property]"), "ratingCount")));
        }
        for (Element element : own) {
            if (names(element).contains("image")) {
                String src = element.tagName().equals("img") ? ImageSources.best(element) : raw(element);
                page.absolute(src).ifPresent(builder::image);
            }
        }
        return builder.build();
    }

    private static @Nullable Element productScope(PageContext page) {
        for (Element element : page.document().select("[typeof]")) {
            if (types(element).stream().anyMatch(SchemaNodes.PRODUCT_TYPES::contains)) {
                return element;
            }
        }
        return null;
    }

    private static boolean ownedByProduct(Element element, Element scope) {
        for (Element ancestor : element.parents()) {
            if (ancestor == scope) {
                return true;
            }
            if (ancestor.hasAttr("typeof") && types(ancestor).stream().noneMatch(OFFER_SCOPES::contains)) {
                return false;
            }
        }
        return false;
    }

    private static @Nullable String brand(Element scope) {
        Element brand = first(scope, "brand");
        if (brand == null) {
            return null;
        }
        if (brand.hasAttr("typeof")) {
            for (Element name : brand.select("[property]")) {
                if (names(name).contains("name")) {
                    return text(name);
                }
            }
        }
        return text(brand);
    }

    private static @Nullable Element first(Element scope, String name) {
        for (Element element : scope.select("[property]")) {
            if (names(element).contains(name.toLowerCase(Locale.ROOT))) {
                return element;
            }
        }
        return null;
    }

    private static @Nullable String value(List<Element> elements, String name) {
        for (Element element : elements) {
            if (names(element).contains(name.toLowerCase(Locale.ROOT))) {
                String value = Text.clean(text(element));
                if (value != null) {
                    return value;
                }
            }
        }
        return null;
    }

    /** The schema.org names in a {@code property} attribute, lower case, prefixes removed. */
    private static List<String> names(Element element) {
        List<String> names = new ArrayList<>();
        for (String property : element.attr("property").split("\\s+")) {
            int colon = property.indexOf(':');
            String prefix = colon < 0 ? "" : property.substring(0, colon).toLowerCase(Locale.ROOT);
            if (!property.isBlank() && !OTHER_VOCABULARIES.contains(prefix)) {
                names.add(SchemaNodes.localName(property));
            }
        }
        return names;
    }

    private static List<String> types(Element element) {
        List<String> types = new ArrayList<>();
        for (String type : element.attr("typeof").split("\\s+")) {
            if (!type.isBlank()) {
                types.add(SchemaNodes.localName(type));
            }
        }
        return types;
    }

    /** A property's value as RDFa reads it: {@code content}, else the linked resource, else the text. */
    private static String text(Element element) {
        if (element.hasAttr("content")) {
            return element.attr("content");
        }
        if (element.hasAttr("resource")) {
            return element.attr("resource");
        }
        return switch (element.tagName()) {
            case "link", "a", "area" -> element.hasAttr("href") ? element.attr("href") : element.text();
            default -> element.text();
        };
    }

    /** A link property's value: the resource it points to. */
    private static @Nullable String raw(Element element) {
        for (String attribute : List.of("content", "resource", "href", "src")) {
            if (element.hasAttr(attribute)) {
                return element.attr(attribute);
            }
        }
        return element.text();
    }
}
