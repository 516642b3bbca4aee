package io.reelforge.gateway.feed;

/** The fields of a feed entry Reelforge reads, whatever the format calls them. */
enum ItemField {
    ID, SKU, URL, TITLE, DESCRIPTION, BRAND, PRICE, SALE_PRICE, SALE_PRICE_EFFECTIVE_DATE, CURRENCY, AVAILABILITY,
    GTIN, MPN,
    /** The main image(s): {@code g:image_link}, the CSV's {@code image} column. */
    IMAGE,
    /** {@code g:additional_image_link}: after the main image. */
    ADDITIONAL_IMAGE,
    /** {@code g:product_highlight}: short selling points. */
    FEATURE;

    /** Whether an entry may give the field several times (each value is kept, in order). */
    boolean repeatable() {
        return this == IMAGE || this == ADDITIONAL_IMAGE || this == FEATURE;
    }
}
