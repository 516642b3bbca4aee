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
 * Combines the sources field by field, strongest first: each field comes from the first source that has it.
 * Exceptions, each for a reason: price and currency travel together (a currency is borrowed from a weaker source
 * only if that source states the same amount); images are pooled from all sources, de-duplicated
 * (an http and an https copy are one image, the https one kept); features come from one list, not a mix.
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
        String rawTitle = first(strongestFirst, PartialProduct::title);
        if (rawTitle == null) {
            return Optional.empty();
        }
        Money price = price(strongestFirst);
        String description = Text.clean(first(strongestFirst, PartialProduct::description),
                limits.maxDescriptionLength());
        String url = page.canonical()
                .or(() -> Optional.ofNullable(first(strongestFirst, PartialProduct::url)))
                .orElse(page.uri().toString());
        return Optional.of(new ProductDetails(
                title(rawTitle, page),
                description,
                first(strongestFirst, PartialProduct::brand),
                price == null ? null : price.amount(),
                price == null ? null : price.currency(),
                first(strongestFirst, PartialProduct::availability),
                first(strongestFirst, PartialProduct::sku),
                images(strongestFirst),
                strongestFirst.stream().map(PartialProduct::features).filter(f -> !f.isEmpty()).findFirst()
                        .map(f -> f.subList(0, Math.min(f.size(), limits.maxFeatures()))).orElse(List.of()),
                url));
    }

    private static String title(String raw, PageContext page) {
        String title = Titles.withoutSiteName(raw, page);
        String withoutPrices = TRAILING_PRICE.matcher(LEADING_PRICE.matcher(title).replaceFirst("")).replaceFirst("");
        title = withoutPrices.isBlank() ? title : withoutPrices.strip();
        return Titles.preferHeading(title, Headings.mainText(page));
    }

    private static @Nullable Money price(List<PartialProduct> sources) {
        Money price = first(sources, PartialProduct::price);
        if (price == null || price.currency() != null) {
            return price;
        }
        for (PartialProduct source : sources) {
            Money other = source.price();
            if (other != null && other.currency() != null && other.amount().compareTo(price.amount()) == 0) {
                return price.withCurrency(other.currency());
            }
        }
        return price;
    }

    private List<String> images(List<PartialProduct> sources) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (PartialProduct source : sources) {
            for (String url : source.images()) {
                if (ImageUrls.isJunk(url)) {
                    continue;
                }
                String key = url.replaceFirst("^https?://", "");
                String known = byKey.get(key);
                if (known == null || (known.startsWith("http://") && url.startsWith("https://"))) {
                    byKey.put(key, url);
                }
            }
        }
        List<String> images = new ArrayList<>(byKey.values());
        return images.subList(0, Math.min(images.size(), limits.maxImages()));
    }

    private static <T> @Nullable T first(List<PartialProduct> sources, Function<PartialProduct, @Nullable T> field) {
        for (PartialProduct source : sources) {
            T value = field.apply(source);
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
