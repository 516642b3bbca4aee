package io.reelforge.scraper.extract;

import io.reelforge.common.product.ProductDetails;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Whether a page is a product page, given what the sources found (and the merged product has a title). It is if
 * any of these holds:
 * <ol>
 * <li>the page declares a product: schema.org Product markup (JSON-LD or microdata) or an {@code og:type} naming a
 * product;</li>
 * <li>it shows a price;</li>
 * <li>it shows a product picture, and does not say it is something else: no {@code og:type} naming an article,
 * blog, profile, video or the like, no schema.org article, and its heading not inside a dated {@code <article>}
 * (unless it can be bought: an add-to-cart or buy-now control).</li>
 * </ol>
 * Only a page with neither a price nor a product picture is refused outright: real stores' pages without markup
 * were refused when their price was not found, and a refused page is a job lost, while a picture and a title are
 * enough for a video.
 */
final class ProductPageRule {

    private static final Set<String> NON_PRODUCT_TYPES = Set.of("article", "blog", "profile", "video", "music",
            "book", "website.article", "newsarticle");
    private static final Set<String> ARTICLE_SCHEMA = Set.of("\"article\"", "\"newsarticle\"", "\"blogposting\"",
            "\"report\"", "\"scholarlyarticle\"", "\"techarticle\"");

    boolean isProductPage(List<PartialProduct> sources, ProductDetails merged, PageContext page) {
        if (sources.stream().anyMatch(PartialProduct::declaresProduct)) {
            return true;
        }
        if (merged.price() != null) {
            return true;
        }
        if (merged.images().isEmpty()) {
            return false;
        }
        return BuyBox.hasPurchaseControl(page) ? !declaresOtherType(page) : !saysItIsSomethingElse(page);
    }

    private static boolean saysItIsSomethingElse(PageContext page) {
        if (declaresOtherType(page)) {
            return true;
        }
        for (Element script : page.document().select("script[type~=(?i)ld\\+json]")) {
            String json = script.data().toLowerCase(Locale.ROOT).replace(" ", "");
            if (ARTICLE_SCHEMA.stream().anyMatch(type -> json.contains("\"@type\":" + type))) {
                return true;
            }
        }
        return Headings.main(page).map(h -> h.parents().stream().anyMatch(
                p -> p.tagName().equals("article") && p.selectFirst("time") != null)).orElse(false);
    }

    private static boolean declaresOtherType(PageContext page) {
        String type = page.meta("og:type");
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return NON_PRODUCT_TYPES.stream().anyMatch(t -> lower.equals(t) || lower.startsWith(t + "."));
    }
}
