package io.reelforge.scraper.extract;

import io.reelforge.common.product.ProductDetails;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Whether a page is a product page, given what the sources found (and the merged product has a title). It is if
 * any of these holds:
 * <ol>
 * <li>the page declares a product: schema.org Product markup (JSON-LD or microdata) or an {@code og:type} naming a
 * product;</li>
 * <li>it shows a price;</li>
 * <li>it shows a product picture and can be bought: an add-to-cart or buy-now control, and no {@code og:type}
 * saying it is an article, a profile, a video or the like.</li>
 * </ol>
 * A title and a picture alone are not enough: every article and blog post has both.
 */
final class ProductPageRule {

    private static final Set<String> NON_PRODUCT_TYPES = Set.of("article", "blog", "profile", "video", "music",
            "book", "website.article", "newsarticle");
    private static final Pattern PURCHASE = Pattern.compile("(?i)(add[\\s_-]*to[\\s_-]*(cart|bag|basket|trolley)"
            + "|addtocart|buy[\\s_-]*(it[\\s_-]*)?now|in den warenkorb|ajouter au panier|añadir a la cesta"
            + "|aggiungi al carrello|in winkelwagen)");

    boolean isProductPage(List<PartialProduct> sources, ProductDetails merged, PageContext page) {
        if (sources.stream().anyMatch(PartialProduct::declaresProduct)) {
            return true;
        }
        if (merged.price() != null) {
            return true;
        }
        return !merged.images().isEmpty() && !declaresOtherType(page) && hasPurchaseControl(page);
    }

    private static boolean declaresOtherType(PageContext page) {
        String type = page.meta("og:type");
        if (type == null) {
            return false;
        }
        String lower = type.toLowerCase(Locale.ROOT);
        return NON_PRODUCT_TYPES.stream().anyMatch(t -> lower.equals(t) || lower.startsWith(t + "."));
    }

    private static boolean hasPurchaseControl(PageContext page) {
        for (Element control : page.document().select("button, input[type=submit], input[type=button], a, form")) {
            String described = String.join(" ", control.id(), control.className(), control.attr("name"),
                    control.attr("value"), control.attr("action"), control.attr("aria-label"),
                    control.tagName().equals("form") ? "" : control.ownText());
            if (PURCHASE.matcher(described).find()) {
                return true;
            }
        }
        return false;
    }
}
