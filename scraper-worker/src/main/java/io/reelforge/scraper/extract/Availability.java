package io.reelforge.scraper.extract;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Stock states as schema.org names them ({@code InStock}, {@code OutOfStock}, ...), whatever the page wrote. */
final class Availability {

    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("instock", "InStock"),
            Map.entry("available", "InStock"),
            Map.entry("outofstock", "OutOfStock"),
            Map.entry("oos", "OutOfStock"),
            Map.entry("soldout", "SoldOut"),
            Map.entry("preorder", "PreOrder"),
            Map.entry("presale", "PreSale"),
            Map.entry("backorder", "BackOrder"),
            Map.entry("availablefororder", "BackOrder"),
            Map.entry("discontinued", "Discontinued"),
            Map.entry("limitedavailability", "LimitedAvailability"),
            Map.entry("instoreonly", "InStoreOnly"),
            Map.entry("onlineonly", "OnlineOnly"),
            Map.entry("madetoorder", "MadeToOrder"));

    private Availability() {
    }

    /** Whether a stock state means the product cannot be bought now. */
    static boolean isOut(@Nullable String availability) {
        return "OutOfStock".equals(availability) || "SoldOut".equals(availability)
                || "Discontinued".equals(availability);
    }

    /** {@code "http://schema.org/InStock"}, {@code "in stock"}, {@code "in_stock"} all give {@code "InStock"}. */
    static @Nullable String normalize(@Nullable String value) {
        String text = Text.clean(value);
        if (text == null) {
            return null;
        }
        int slash = Math.max(text.lastIndexOf('/'), text.lastIndexOf(':'));
        String key = text.substring(slash + 1).toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        return KNOWN.get(key);
    }
}
