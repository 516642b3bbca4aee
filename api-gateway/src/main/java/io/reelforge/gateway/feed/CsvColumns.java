package io.reelforge.gateway.feed;

import static java.util.Map.entry;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Which field each column of a CSV header holds. Names are compared in lower case with spaces and dashes as
 * underscores ({@code Image Link} is {@code image_link}); Google's attribute names work as they are, so a
 * Merchant Center text feed reads like any CSV.
 */
final class CsvColumns {

    private static final Map<String, ItemField> ALIASES = Map.ofEntries(
            entry("url", ItemField.URL), entry("link", ItemField.URL), entry("product_url", ItemField.URL),
            entry("product_link", ItemField.URL), entry("page_url", ItemField.URL),
            entry("title", ItemField.TITLE), entry("name", ItemField.TITLE), entry("product_name", ItemField.TITLE),
            entry("description", ItemField.DESCRIPTION), entry("brand", ItemField.BRAND),
            entry("price", ItemField.PRICE), entry("sale_price", ItemField.SALE_PRICE),
            entry("sale_price_effective_date", ItemField.SALE_PRICE_EFFECTIVE_DATE),
            entry("currency", ItemField.CURRENCY),
            entry("image", ItemField.IMAGE), entry("images", ItemField.IMAGE), entry("image_link", ItemField.IMAGE),
            entry("image_url", ItemField.IMAGE), entry("image_urls", ItemField.IMAGE),
            entry("additional_image_link", ItemField.ADDITIONAL_IMAGE),
            entry("additional_images", ItemField.ADDITIONAL_IMAGE),
            entry("id", ItemField.ID), entry("sku", ItemField.SKU), entry("availability", ItemField.AVAILABILITY),
            entry("gtin", ItemField.GTIN), entry("mpn", ItemField.MPN),
            entry("features", ItemField.FEATURE), entry("product_highlight", ItemField.FEATURE));

    private final List<@Nullable ItemField> fields;
    private final ItemFields.Names names;

    private CsvColumns(List<@Nullable ItemField> fields, ItemFields.Names names) {
        this.fields = fields;
        this.names = names;
    }

    /**
     * The columns of {@code header}.
     *
     * @throws InvalidFeedException when it is not a header, names a field twice, or has neither a url column nor
     *         title, price and image columns
     */
    static CsvColumns of(List<String> header) {
        List<@Nullable ItemField> fields = new ArrayList<>();
        Map<ItemField, String> spelled = new EnumMap<>(ItemField.class);
        for (String name : header) {
            ItemField field = ALIASES.get(normalize(name));
            fields.add(field);
            if (field == null) {
                continue;
            }
            String earlier = spelled.putIfAbsent(field, name.strip());
            if (earlier != null && !field.repeatable()) {
                throw new InvalidFeedException("The CSV header has two columns for the same thing: '" + earlier
                        + "' and '" + name.strip() + "'; keep one.");
            }
        }
        boolean images = spelled.containsKey(ItemField.IMAGE) || spelled.containsKey(ItemField.ADDITIONAL_IMAGE);
        boolean product = spelled.containsKey(ItemField.TITLE) && spelled.containsKey(ItemField.PRICE) && images;
        if (!spelled.containsKey(ItemField.URL) && !product) {
            throw new InvalidFeedException(missingColumns(header, spelled.isEmpty()));
        }
        String image = spelled.getOrDefault(ItemField.IMAGE, spelled.getOrDefault(ItemField.ADDITIONAL_IMAGE, "image"));
        return new CsvColumns(fields, new ItemFields.Names(spelled.getOrDefault(ItemField.URL, "url"),
                spelled.getOrDefault(ItemField.TITLE, "title"), spelled.getOrDefault(ItemField.PRICE, "price"), image));
    }

    /** The field of the column at {@code index}, or null for a column Reelforge does not read. */
    @Nullable ItemField field(int index) {
        return index < fields.size() ? fields.get(index) : null;
    }

    /** The header's own spelling of the fields a problem names. */
    ItemFields.Names names() {
        return names;
    }

    private static String missingColumns(List<String> header, boolean nothingKnown) {
        String first = header.getFirst().strip();
        if (nothingKnown && first.matches("(?i)https?://.*")) {
            return "The first line of the CSV must be a header naming its columns, such as url; this one starts"
                    + " with a web address.";
        }
        List<String> shown = header.stream().map(String::strip).filter(name -> !name.isEmpty()).limit(12).toList();
        return "The CSV needs a url column (or link, product_url), or title, price and image columns for products"
                + " that need no scraping; its header has " + (shown.isEmpty() ? "no names" : String.join(", ", shown))
                + (header.size() > shown.size() ? ", …" : "") + ".";
    }

    private static String normalize(String name) {
        String key = name.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s-]+", "_");
        return key.startsWith("g:") ? key.substring(2) : key;
    }
}
