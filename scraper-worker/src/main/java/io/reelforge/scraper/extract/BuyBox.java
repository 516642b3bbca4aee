package io.reelforge.scraper.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The main product's buy box: its add-to-cart control, and whether an element belongs to something else on the
 * page (a recommendations strip, a link to another product, a variant picker, a hidden template). Stock state and
 * the product's reference are read here rather than from the page's every string: a page lists other products'
 * "Sold out" badges, its variants' states and script templates for every state.
 */
final class BuyBox {

    static final Pattern PURCHASE = Pattern.compile("(?i)(add[\\s_-]*to[\\s_-]*(cart|bag|basket|trolley)"
            + "|addtocart|add[\\s_-]*to[\\s_-]*shopping|buy[\\s_-]*(it[\\s_-]*)?now|in den warenkorb|ajouter au panier"
            + "|añadir a la cesta|añadir al carrito|aggiungi al carrello|in winkelwagen|lägg i varukorgen"
            + "|adicionar ao carrinho|do koszyka|læg i kurv|legg i handlekurv)");
    private static final Set<String> OTHER_PRODUCTS = Set.of("carousel", "recommend", "recommended",
            "recommendations", "related", "similar", "sponsored", "upsell", "crosssell", "sims", "accessories",
            "bundle", "compare", "comparison", "paired", "recently", "viewed", "reco", "recs");
    private static final Set<String> VARIANT_PICKERS = Set.of("swatch", "swatches", "variant", "variants",
            "variation", "variations", "size", "sizes", "option", "options", "dropdown", "select", "selector");

    private BuyBox() {
    }

    /** The first visible add-to-cart control, enabled or not, outside other products' strips. */
    static Optional<Element> purchaseControl(PageContext page) {
        for (Element control : page.document().select("button, input[type=submit], input[type=button], a")) {
            if (PURCHASE.matcher(describe(control)).find() && !isElsewhere(control, page) && !isHidden(control)) {
                return Optional.of(control);
            }
        }
        return Optional.empty();
    }

    /** Whether a page has any add-to-cart or buy-now control, a form's action included. */
    static boolean hasPurchaseControl(PageContext page) {
        for (Element control : page.document().select("button, input[type=submit], input[type=button], a, form")) {
            String described = control.tagName().equals("form") ? control.id() + " " + control.className() + " "
                    + control.attr("action") : describe(control);
            if (PURCHASE.matcher(described).find()) {
                return true;
            }
        }
        return false;
    }

    static boolean isDisabled(Element control) {
        return control.hasAttr("disabled") || "true".equals(control.attr("aria-disabled"))
                || Names.of(control).stream().anyMatch(w -> w.equals("disabled") || w.equals("inactive"));
    }

    private static String describe(Element control) {
        return String.join(" ", control.id(), control.className(), control.attr("name"), control.attr("value"),
                control.attr("aria-label"), control.attr("title"), control.ownText());
    }

    /**
     * Inside a link elsewhere or a strip of other products: about something else. The main heading's containers
     * are the product's own, whatever their names.
     */
    static boolean isElsewhere(Element element, PageContext page) {
        Set<Element> productArea = page.productArea();
        for (Element ancestor : element.parents()) {
            if (productArea.contains(ancestor)) {
                return false;
            }
            if (ancestor.tagName().equals("a") && !ancestor.attr("href").startsWith("#")
                    && !ancestor.attr("href").isBlank() && !ancestor.attr("href").startsWith("javascript")) {
                return true;
            }
            if (Names.hasAny(ancestor, OTHER_PRODUCTS)) {
                return true;
            }
        }
        return false;
    }

    /** In a variant picker: a size or colour's own state, not the product's. */
    static boolean isInVariantPicker(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            String tag = e.tagName().toLowerCase(Locale.ROOT);
            if (tag.equals("option") || tag.equals("select") || tag.equals("label")
                    || Names.hasAny(e, VARIANT_PICKERS)) {
                return true;
            }
        }
        return false;
    }

    /** Hidden by its own or an ancestor's style, class or attribute, or inside a template. */
    static boolean isHidden(Element element) {
        for (Element e = element; e != null; e = e.parent()) {
            if (Headings.isHidden(e) || e.tagName().equals("template") || e.tagName().equals("noscript")) {
                return true;
            }
        }
        return false;
    }
}
