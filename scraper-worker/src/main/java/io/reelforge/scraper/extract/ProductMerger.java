package io.reelforge.scraper.extract;

import io.reelforge.common.product.ProductDetails;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Combines the sources field by field, strongest first: each field comes from the first source that has it, and
 * {@code ProductDetails.sources} records which. Exceptions, each for a reason: price, currency and price range
 * travel together (a currency is borrowed from a weaker source only if that source states the same amount, and a
 * currency read from a shared symbol such as {@code $} follows the page's country); images are pooled from all
 * sources, junk dropped, one URL per picture (the largest size seen); features come from one list, not a mix.
 */
final class ProductMerger {

    /** "[$8.99] Name" and "Name $24.99": stores that put the price into the title. */
    private static final Pattern LEADING_PRICE = Pattern.compile("^\\[\\s*[^\\]]{0,6}\\d[\\d.,]*\\s*]\\s*");
    private static final Pattern TRAILING_PRICE = Pattern.compile("(\\s+[$€£¥₹]\\s?\\d[\\d.,]*)+\\s*$");

    private final ExtractionLimits limits;

    ProductMerger(ExtractionLimits limits) {
        this.limits = limits;
    }

    /** The merged product, or empty when no source gave a title. */
    Optional<ProductDetails> merge(List<PartialProduct> strongestFirst, PageContext page) {
        Map<String, String> sources = new LinkedHashMap<>();
        Picker pick = new Picker(strongestFirst, sources);
        String rawTitle = pick.first("title", PartialProduct::title);
        if (rawTitle == null) {
            return Optional.empty();
        }
        PartialProduct priceSource = priceSource(strongestFirst);
        Money price = priceSource == null ? null : PageLocale.resolve(price(priceSource, strongestFirst), page);
        if (price != null && !priceSource.source().equals("heuristic")) {
            price = PriceScale.settle(price, heuristic(strongestFirst).price(), page);
        }
        ProductDetails.PriceRange range = null;
        if (priceSource != null) {
            sources.put("price", priceSource.source());
            if (price.currency() != null) {
                sources.put("currency", priceSource.source());
            }
            range = range(priceSource, price);
        }
        String description = Text.clean(pick.first("description", PartialProduct::description),
                limits.maxDescriptionLength());
        String url = page.canonical().orElse(null);
        if (url != null) {
            sources.put("url", "canonical");
        } else {
            url = Optional.ofNullable(pick.first("url", PartialProduct::url)).orElse(page.uri().toString());
        }
        String brand = pick.first("brand", PartialProduct::brand);
        PartialProduct shown = heuristic(strongestFirst);
        String firstAvailability = pick.first("availability", PartialProduct::availability);
        String availability = shownOver("availability", firstAvailability,
                ShownOverStructured.availability(firstAvailability, shown, page), sources);
        String firstSku = pick.first("sku", PartialProduct::sku);
        String sku = shownOver("sku", firstSku, ShownOverStructured.sku(firstSku, shown, page, price), sources);
        List<String> images = images(strongestFirst, sources);
        List<String> features = features(strongestFirst, sources);
        String gtin = pick.first("gtin", PartialProduct::gtin);
        String mpn = pick.first("mpn", PartialProduct::mpn);
        PartialProduct rated = strongestFirst.stream().filter(s -> s.rating() != null).findFirst().orElse(null);
        if (rated != null) {
            sources.put("rating", rated.source());
        }
        return Optional.of(new ProductDetails(title(rawTitle, page), description, brand,
                price == null ? null : price.amount(), price == null ? null : price.currency(), availability, sku,
                images, features, url, range, gtin, mpn, rated == null ? null : rated.rating(),
                rated == null ? null : rated.reviewCount(), sources));
    }

    /** The chosen value, its source noted: the plain HTML's where it replaced the first source's, none if dropped. */
    private static @Nullable String shownOver(String field, @Nullable String first, @Nullable String chosen,
            Map<String, String> sources) {
        if (chosen == null) {
            sources.remove(field);
        } else if (!chosen.equals(first)) {
            sources.put(field, "heuristic");
        }
        return chosen;
    }

    /** The plain-HTML source: what the page shows. */
    private static PartialProduct heuristic(List<PartialProduct> sources) {
        return sources.stream().filter(s -> s.source().equals("heuristic")).findFirst().orElse(PartialProduct.EMPTY);
    }

    private static String title(String raw, PageContext page) {
        String title = Titles.withoutSiteName(raw, page);
        String withoutPrices = TRAILING_PRICE.matcher(LEADING_PRICE.matcher(title).replaceFirst("")).replaceFirst("");
        title = withoutPrices.isBlank() ? title : withoutPrices.strip();
        return Titles.preferHeading(title, Headings.mainText(page));
    }

    /**
     * The first source with a price; unless that price is what another source calls the list or standard price
     * and a source states a lower one in the same currency: structured data left at the list price while the page
     * sells at a sale price (og tags and the visible page updated, JSON-LD not).
     */
    private static @Nullable PartialProduct priceSource(List<PartialProduct> sources) {
        PartialProduct first = sources.stream().filter(s -> s.price() != null).findFirst().orElse(null);
        if (first == null) {
            return null;
        }
        Money price = first.price();
        boolean isReference = sources.stream().map(PartialProduct::referencePrice)
                .anyMatch(ref -> ref != null && ref.amount().compareTo(price.amount()) == 0);
        if (!isReference) {
            return first;
        }
        return sources.stream()
                .filter(s -> s.price() != null && s.price().amount().compareTo(price.amount()) < 0
                        && (s.price().currency() == null || price.currency() == null
                                || s.price().currency().equals(price.currency())))
                .findFirst().orElse(first);
    }

    private static Money price(PartialProduct source, List<PartialProduct> sources) {
        Money price = source.price();
        if (price.currency() != null && !price.guessed()) {
            return price;
        }
        for (PartialProduct other : sources) {
            Money stated = other.price();
            if (stated != null && stated.currency() != null && !stated.guessed()
                    && stated.amount().compareTo(price.amount()) == 0) {
                return price.withCurrency(stated.currency());
            }
        }
        return price;
    }

    /** The source's price range, if the price lies in it and it is in the price's currency. */
    private static ProductDetails.@Nullable PriceRange range(PartialProduct source, Money price) {
        Money low = source.lowPrice();
        Money high = source.highPrice();
        if (low == null || high == null || low.amount().compareTo(price.amount()) > 0
                || high.amount().compareTo(price.amount()) < 0) {
            return null;
        }
        return new ProductDetails.PriceRange(low.amount(), high.amount());
    }

    private List<String> images(List<PartialProduct> sources, Map<String, String> sourceNames) {
        List<String> pooled = new ArrayList<>();
        for (PartialProduct source : sources) {
            for (String url : source.images()) {
                if (!ImageUrls.isJunk(url)) {
                    if (pooled.isEmpty()) {
                        sourceNames.put("images", source.source());
                    }
                    pooled.add(url);
                }
            }
        }
        // a thumbnail asked for large where its URL allows; one still under 300 px is no product picture
        List<String> images = ImageVariants.largestOfEach(pooled).stream().map(ImageSize::large)
                .filter(url -> !ImageSize.isTooSmall(url)).distinct().toList();
        if (images.isEmpty()) {
            sourceNames.remove("images");
        }
        return images.subList(0, Math.min(images.size(), limits.maxImages()));
    }

    private List<String> features(List<PartialProduct> sources, Map<String, String> sourceNames) {
        for (PartialProduct source : sources) {
            if (!source.features().isEmpty()) {
                sourceNames.put("features", source.source());
                return source.features().subList(0, Math.min(source.features().size(), limits.maxFeatures()));
            }
        }
        return List.of();
    }

    /** Takes each field from the first source that has it and notes that source's name. */
    private record Picker(List<PartialProduct> sources, Map<String, String> names) {
        <T> @Nullable T first(String field, Function<PartialProduct, @Nullable T> getter) {
            for (PartialProduct source : sources) {
                T value = getter.apply(source);
                if (value != null) {
                    names.put(field, source.source());
                    return value;
                }
            }
            return null;
        }
    }
}
