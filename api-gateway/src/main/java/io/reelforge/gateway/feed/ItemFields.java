package io.reelforge.gateway.feed;

import io.reelforge.common.product.ProductDetails;
import io.reelforge.gateway.api.RequestRules;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
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

    static final int MAX_TITLE = 300;
    static final int MAX_DESCRIPTION = 5000;
    static final int MAX_BRAND = 200;
    static final int MAX_CODE = 100;
    static final int MAX_IMAGES = 20;
    static final int MAX_FEATURES = 30;
    static final int MAX_FEATURE = 300;
    private static final int QUOTED = 80;
    private static final Pattern HTTP_URL = Pattern.compile(RequestRules.HTTP_URL);

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

    /** Sets the field unless it has a value already: for a weaker spelling of it ({@code title} beside {@code g:title}). */
    void putIfAbsent(ItemField field, @Nullable String value) {
        if (!single.containsKey(field)) {
            put(field, value);
        }
    }

    void addTo(FeedEntries entries, Instant now) {
        String rawUrl = line(ItemField.URL);
        String url = rawUrl != null && isWebUrl(rawUrl) ? rawUrl : null;
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
                reasons.add("missing " + joinAnd(missing));
            }
            reasons.addAll(faults);
            entries.add(new FeedProblem(position, head + ", and too little to make the video from the feed alone: "
                    + String.join("; ", reasons) + "."));
            return;
        }
        String id = line(ItemField.ID);
        entries.add(new FeedItem(position, id != null ? id : line(ItemField.SKU), url, product,
                StockState.parse(line(ItemField.AVAILABILITY)) == StockState.OUT_OF_STOCK));
    }

    /** The sale price while its window (if any) is open, else the regular price; null when neither is readable. */
    private @Nullable FeedPrice price(Instant now, List<String> faults) {
        String regular = line(ItemField.PRICE);
        Optional<FeedPrice> parsed = regular == null ? Optional.empty() : FeedPrice.parse(regular);
        if (regular != null && parsed.isEmpty()) {
            faults.add(names.price() + " " + quote(regular) + " is not a price such as 15.00 USD");
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
                if (!isWebUrl(image)) {
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
        String description = text(ItemField.DESCRIPTION);
        String brand = cut(line(ItemField.BRAND), MAX_BRAND);
        String sku = cut(line(ItemField.SKU) != null ? line(ItemField.SKU) : line(ItemField.ID), MAX_CODE);
        StockState stock = StockState.parse(line(ItemField.AVAILABILITY));
        List<String> features = repeated.getOrDefault(ItemField.FEATURE, List.of()).stream()
                .map(f -> cut(f.replaceAll("\\s+", " "), MAX_FEATURE)).limit(MAX_FEATURES).toList();
        Map<String, String> sources = new LinkedHashMap<>();
        for (String field : List.of("title", "price", "images")) {
            sources.put(field, source);
        }
        if (price.currency() != null) {
            sources.put("currency", source);
        }
        putSource(sources, "description", description);
        putSource(sources, "brand", brand);
        putSource(sources, "sku", sku);
        putSource(sources, "availability", stock.schemaName());
        putSource(sources, "features", features.isEmpty() ? null : features.getFirst());
        putSource(sources, "url", url);
        return new ProductDetails(title, cut(description, MAX_DESCRIPTION), brand, price.amount(), price.currency(),
                stock.schemaName(), sku, images, features, url, null, cut(line(ItemField.GTIN), MAX_CODE),
                cut(line(ItemField.MPN), MAX_CODE), null, null, sources);
    }

    private void putSource(Map<String, String> sources, String field, @Nullable String value) {
        if (value != null) {
            sources.put(field, source);
        }
    }

    /** A one-line field: whitespace (line breaks included) collapsed to single spaces. */
    private @Nullable String line(ItemField field) {
        String value = single.get(field);
        return value == null ? null : value.replaceAll("\\s+", " ").strip();
    }

    /** A text field: line breaks kept (at most one empty line in a row), other runs of white space collapsed. */
    private @Nullable String text(ItemField field) {
        String value = single.get(field);
        if (value == null) {
            return null;
        }
        return value.replace("\r\n", "\n").replace('\r', '\n').replaceAll("[\\t\\x0B\\f ]+", " ")
                .replaceAll(" ?\n ?", "\n").replaceAll("\n{3,}", "\n\n").strip();
    }

    static boolean isWebUrl(String value) {
        if (value.length() > RequestRules.MAX_URL_LENGTH || !HTTP_URL.matcher(value).matches()) {
            return false;
        }
        try {
            return new URI(value).getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String notAnAddress(String field, String value) {
        return field + " " + quote(value) + " is not an http or https address";
    }

    private static String quote(String value) {
        return "'" + (value.length() > QUOTED ? value.substring(0, QUOTED) + "…" : value) + "'";
    }

    private static @Nullable String cut(@Nullable String value, int max) {
        if (value == null || value.length() <= max) {
            return value;
        }
        int end = Character.isHighSurrogate(value.charAt(max - 1)) ? max - 1 : max;
        return value.substring(0, end).strip();
    }

    private static String joinAnd(List<String> names) {
        if (names.size() == 1) {
            return names.getFirst();
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + " and " + names.getLast();
    }
}
