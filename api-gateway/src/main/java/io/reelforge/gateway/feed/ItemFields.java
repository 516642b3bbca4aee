package io.reelforge.gateway.feed;

import io.reelforge.common.product.ProductDetails;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The text of one feed entry's fields as a reader found them, turned into a {@link FeedItem} or, when the entry gives
 * neither a page to scrape nor a complete product, a {@link FeedProblem}. Both readers fill one, so a CSV row and a
 * Merchant item follow the same rules, and the products they make pass the checks {@code /generate-video} applies
 * to a product a client sends (the same length limits).
 */
final class ItemFields {

    /** How the feed spells the fields a problem names: {@code g:price} in a Merchant feed, the column in a CSV. */
    record Names(String url, String title, String price, String image) {
    }

    // the limits of ProductInput, so a product from a feed is one /generate-video would accept
    private static final int MAX_TITLE = 300;
    private static final int MAX_DESCRIPTION = 5000;
    private static final int MAX_BRAND = 200;
    private static final int MAX_CODE = 100;
    private static final int MAX_IMAGES = 20;
    private static final int MAX_FEATURES = 30;
    private static final int MAX_FEATURE = 300;

    private final int position;
    private final Names names;
    private final String source;
    private final Map<ItemField, String> single = new EnumMap<>(ItemField.class);
    private final Map<ItemField, List<String>> repeated = new EnumMap<>(ItemField.class);

    /** @param source what {@link ProductDetails#sources()} says the facts came from */
    ItemFields(int position, Names names, String source) {
        this.position = position;
        this.names = names;
        this.source = source;
    }

    /** Sets the field (or adds a value, for a repeatable one); blank values are not values. */
    void put(ItemField field, @Nullable String value) {
        if (value == null || value.isBlank()) {
            return;
        }
        if (field.repeatable()) {
            repeated.computeIfAbsent(field, f -> new ArrayList<>()).add(value.strip());
        } else {
            single.put(field, value);
        }
    }

    /** Sets the field unless it has a value: for a weaker spelling of it ({@code title} beside {@code g:title}). */
    void putIfAbsent(ItemField field, @Nullable String value) {
        if (!single.containsKey(field)) {
            put(field, value);
        }
    }

    void addTo(FeedEntries entries, Instant now) {
        String rawUrl = line(ItemField.URL);
        String url = rawUrl != null && FeedText.isWebUrl(rawUrl) ? rawUrl : null;
        List<String> faults = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        String title = line(ItemField.TITLE);
        if (title == null) {
            missing.add(names.title());
        } else if (title.length() > MAX_TITLE) {
            faults.add(names.title() + " is longer than " + MAX_TITLE + " characters");
            title = null;
        }
        FeedPrice price = price(now, faults);
        if (price == null && line(ItemField.PRICE) == null) {
            missing.add(names.price());
        }
        List<String> images = images(faults);
        if (images.isEmpty() && !repeated.containsKey(ItemField.IMAGE)
                && !repeated.containsKey(ItemField.ADDITIONAL_IMAGE)) {
            missing.add(names.image());
        }
        ProductDetails product = title != null && price != null && !images.isEmpty()
                ? product(title, price, images, url) : null;
        if (url == null && product == null) {
            String head = rawUrl == null ? "No " + names.url() + " to scrape"
                    : "The " + notAnAddress(names.url(), rawUrl);
            List<String> reasons = new ArrayList<>();
            if (!missing.isEmpty()) {
                reasons.add("missing " + FeedText.joinAnd(missing));
            }
            reasons.addAll(faults);
            entries.add(new FeedProblem(position, head + ", and too little to make the video from the feed alone: "
                    + String.join("; ", reasons) + "."));
            return;
        }
        String id = FeedText.cut(line(ItemField.ID) != null ? line(ItemField.ID) : line(ItemField.SKU), MAX_CODE);
        entries.add(new FeedItem(position, id, url, product,
                StockState.parse(line(ItemField.AVAILABILITY)) == StockState.OUT_OF_STOCK));
    }

    /** The sale price while its window (if any) is open, else the regular price; null when neither is readable. */
    private @Nullable FeedPrice price(Instant now, List<String> faults) {
        String regular = line(ItemField.PRICE);
        Optional<FeedPrice> parsed = regular == null ? Optional.empty() : FeedPrice.parse(regular);
        if (regular != null && parsed.isEmpty()) {
            faults.add(names.price() + " " + FeedText.quoted(regular) + " is not a price such as 15.00 USD");
        }
        String sale = line(ItemField.SALE_PRICE);
        String window = line(ItemField.SALE_PRICE_EFFECTIVE_DATE);
        Optional<FeedPrice> salePrice = sale == null ? Optional.empty() : FeedPrice.parse(sale);
        // a window that cannot be read may have ended: the regular price is the one that is surely right
        boolean saleOn = window == null || FeedSaleWindow.parse(window).map(w -> w.includes(now)).orElse(false);
        FeedPrice chosen = salePrice.filter(p -> saleOn).or(() -> parsed).orElse(null);
        if (chosen == null || chosen.currency() != null) {
            return chosen;
        }
        String currency = line(ItemField.CURRENCY);
        String code = currency == null ? null : FeedPrice.currencyCode(currency);
        return code == null ? chosen : new FeedPrice(chosen.amount(), code);
    }

    /** The valid image URLs, main images first, at most {@link #MAX_IMAGES}; the first invalid one is a fault. */
    private List<String> images(List<String> faults) {
        List<String> images = new ArrayList<>();
        String invalid = null;
        for (ItemField field : List.of(ItemField.IMAGE, ItemField.ADDITIONAL_IMAGE)) {
            for (String image : repeated.getOrDefault(field, List.of())) {
                if (!FeedText.isWebUrl(image)) {
                    invalid = invalid == null ? image : invalid;
                } else if (!images.contains(image) && images.size() < MAX_IMAGES) {
                    images.add(image);
                }
            }
        }
        if (images.isEmpty() && invalid != null) {
            faults.add(notAnAddress(names.image(), invalid));
        }
        return images;
    }

    private ProductDetails product(String title, FeedPrice price, List<String> images, @Nullable String url) {
        String description = FeedText.cut(FeedText.paragraphs(single.get(ItemField.DESCRIPTION)), MAX_DESCRIPTION);
        String brand = FeedText.cut(line(ItemField.BRAND), MAX_BRAND);
        String sku = FeedText.cut(line(ItemField.SKU) != null ? line(ItemField.SKU) : line(ItemField.ID), MAX_CODE);
        String availability = StockState.parse(line(ItemField.AVAILABILITY)).schemaName();
        List<String> features = repeated.getOrDefault(ItemField.FEATURE, List.of()).stream()
                .map(feature -> FeedText.cut(FeedText.line(feature), MAX_FEATURE)).limit(MAX_FEATURES).toList();
        String gtin = FeedText.cut(line(ItemField.GTIN), MAX_CODE);
        String mpn = FeedText.cut(line(ItemField.MPN), MAX_CODE);
        Map<String, String> sources = new LinkedHashMap<>();
        noteSource(sources, "title", true);
        noteSource(sources, "description", description != null);
        noteSource(sources, "brand", brand != null);
        noteSource(sources, "price", true);
        noteSource(sources, "currency", price.currency() != null);
        noteSource(sources, "availability", availability != null);
        noteSource(sources, "sku", sku != null);
        noteSource(sources, "images", true);
        noteSource(sources, "features", !features.isEmpty());
        noteSource(sources, "url", url != null);
        noteSource(sources, "gtin", gtin != null);
        noteSource(sources, "mpn", mpn != null);
        return new ProductDetails(title, description, brand, price.amount(), price.currency(), availability, sku,
                images, features, url, null, gtin, mpn, null, null, sources);
    }

    private void noteSource(Map<String, String> sources, String field, boolean found) {
        if (found) {
            sources.put(field, source);
        }
    }

    private @Nullable String line(ItemField field) {
        return FeedText.line(single.get(field));
    }

    private static String notAnAddress(String field, String value) {
        return field + " " + FeedText.quoted(value) + " is not an http or https address";
    }
}
