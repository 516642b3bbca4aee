package io.reelforge.gateway.feed;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A feed's availability value: Google's {@code in_stock}, {@code out_of_stock}, {@code preorder},
 * {@code backorder}, also as older feeds and spreadsheets write them ({@code in stock}, {@code Out-of-stock},
 * {@code sold out}, schema.org's {@code https://schema.org/InStock}). Anything else says nothing.
 */
enum StockState {
    IN_STOCK("InStock"), OUT_OF_STOCK("OutOfStock"), PREORDER("PreOrder"), BACKORDER("BackOrder"), UNKNOWN(null);

    private final @Nullable String schemaName;

    StockState(@Nullable String schemaName) {
        this.schemaName = schemaName;
    }

    /** The schema.org ItemAvailability name, as {@code ProductDetails.availability} holds it. */
    @Nullable String schemaName() {
        return schemaName;
    }

    static StockState parse(@Nullable String value) {
        if (value == null) {
            return UNKNOWN;
        }
        String key = value.toLowerCase(Locale.ROOT).replaceFirst("^https?://schema\\.org/", "")
                .replaceAll("[\\s_-]", "");
        return switch (key) {
            case "instock", "available" -> IN_STOCK;
            case "outofstock", "soldout", "unavailable" -> OUT_OF_STOCK;
            case "preorder" -> PREORDER;
            case "backorder" -> BACKORDER;
            default -> UNKNOWN;
        };
    }
}
