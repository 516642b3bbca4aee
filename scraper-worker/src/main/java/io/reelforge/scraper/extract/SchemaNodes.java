package io.reelforge.scraper.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reading schema.org values from JSON-LD nodes, where any property may be a string, a number, an object or an
 * array of those, and type names come in any case, as a string or an array, bare or as full IRIs.
 */
final class SchemaNodes {

    /** Product and the schema.org types that are products too. */
    static final Set<String> PRODUCT_TYPES = Set.of("product", "productgroup", "productmodel", "individualproduct",
            "someproducts", "vehicle", "car", "motorcycle", "motorizedbicycle");

    private SchemaNodes() {
    }

    /** The node's type names, lower case, without vocabulary prefix ({@code http://schema.org/Product} is "product"). */
    static List<String> types(JsonNode node) {
        List<String> types = new ArrayList<>();
        for (JsonNode type : values(node.get("@type"))) {
            if (type.isString()) {
                types.add(localName(type.stringValue()));
            }
        }
        return types;
    }

    static boolean isProduct(JsonNode node) {
        return node.isObject() && types(node).stream().anyMatch(PRODUCT_TYPES::contains);
    }

    static boolean hasType(JsonNode node, String localName) {
        return node.isObject() && types(node).contains(localName);
    }

    static String localName(String type) {
        String t = type.strip();
        int cut = Math.max(Math.max(t.lastIndexOf('/'), t.lastIndexOf('#')), t.lastIndexOf(':'));
        return t.substring(cut + 1).toLowerCase(Locale.ROOT);
    }

    /** A property as a list: an array's elements, a single value, or nothing for null or missing. */
    static List<JsonNode> values(@Nullable JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return List.of();
        }
        if (node.isArray()) {
            List<JsonNode> list = new ArrayList<>();
            node.forEach(list::add);
            return list;
        }
        return List.of(node);
    }

    /**
     * A number's exact value; empty for NaN and infinities, which lenient page JSON may hold and which no price or
     * code can be.
     */
    static java.util.Optional<java.math.BigDecimal> decimal(JsonNode number) {
        if ((number.isDouble() || number.isFloat()) && !Double.isFinite(number.doubleValue())) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(number.decimalValue());
    }

    /** The first text of a property: a string or number as is, an object's {@code name} or {@code @value}. */
    static @Nullable String text(@Nullable JsonNode node) {
        for (JsonNode value : values(node)) {
            String text = switch (value.getNodeType()) {
                case STRING -> value.stringValue();
                case NUMBER -> decimal(value).map(java.math.BigDecimal::toPlainString).orElse(null);
                case OBJECT -> value.has("@value") ? text(value.get("@value")) : text(value.get("name"));
                default -> null;
            };
            String cleaned = Text.clean(text);
            if (cleaned != null && !cleaned.equalsIgnoreCase("null") && !cleaned.equalsIgnoreCase("undefined")) {
                return cleaned;
            }
        }
        return null;
    }

    /** Every URL a property gives: strings, ImageObjects ({@code url}, {@code contentUrl}), arrays of either. */
    static List<String> urls(@Nullable JsonNode node) {
        List<String> urls = new ArrayList<>();
        for (JsonNode value : values(node)) {
            if (value.isString()) {
                urls.add(value.stringValue());
            } else if (value.isObject()) {
                for (String key : List.of("contentUrl", "url", "thumbnailUrl")) {
                    if (value.has(key)) {
                        urls.addAll(urls(value.get(key)));
                        break;
                    }
                }
            }
        }
        return urls;
    }
}
