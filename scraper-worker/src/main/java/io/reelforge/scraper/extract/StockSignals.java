package io.reelforge.scraper.extract;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The main product's stock state as its buy box shows it, in the page's language: "Sold out", "Out of stock",
 * "Currently unavailable", "Notify me when available", "Ausverkauft", "Épuisé", "Agotado"... next to a missing or
 * disabled add-to-cart control means {@code OutOfStock}; an enabled add-to-cart control, or "In stock" shown,
 * means {@code InStock}. Text hidden by CSS (the templates stores ship for every state), variant pickers (a size's
 * own state) and other products' strips are not read.
 */
final class StockSignals {

    private static final Pattern OUT = Pattern.compile("(?iuU)\\b(sold[\\s-]*out|out[\\s-]*of[\\s-]*stock"
            + "|currently\\s+(?:unavailable|not\\s+available)|no\\s+longer\\s+available"
            + "|temporarily\\s+(?:unavailable|out)|notify\\s+me\\s+(?:when|if)\\b"
            + "|email\\s+me\\s+when\\s+available|back\\s+in\\s+stock\\s+soon"
            + "|ausverkauft|nicht\\s+(?:mehr\\s+)?(?:lieferbar|auf\\s+lager)|vergriffen"
            + "|épuisé|epuise|rupture\\s+de\\s+stock|agotado|sin\\s+stock|esaurito|uitverkocht"
            + "|niet\\s+(?:op\\s+voorraad|leverbaar)|esgotado|slutsåld|utsolgt|udsolgt|loppuunmyyty|wyprzedany"
            + "|brak\\s+w\\s+magazynie|品切れ|在庫切れ|缺货|售罄)");
    /**
     * "Not available" in a language: also said of a delivery option or a store's pickup, so it counts only in an
     * element named for the stock state (or a button).
     */
    private static final Pattern OUT_WHERE_NAMED = Pattern.compile("(?iuU)\\b(unavailable|not\\s+available"
            + "|indisponible|no\\s+disponible|nicht\\s+(?:mehr\\s+)?verfügbar|non\\s+disponibile"
            + "|niet\\s+beschikbaar|indisponível|niedostępny)");
    private static final Set<String> STOCK_NAMES = Set.of("stock", "availability", "available", "avail",
            "inventory", "status", "oos", "soldout", "unavailable");
    private static final Pattern IN = Pattern.compile("(?iuU)\\b(in\\s+stock|available\\s+now|ready\\s+to\\s+ship"
            + "|auf\\s+lager|sofort\\s+lieferbar|en\\s+stock|disponible|op\\s+voorraad|disponibile|disponível"
            + "|på\\s+lager|i\\s+lager|dostępny|在庫あり)");
    /** How many elements after the heading the buy box may span. */
    private static final int WINDOW = 1500;
    private static final int MAX_TEXT = 60;

    private StockSignals() {
    }

    /**
     * What the buy box shows, or empty when it shows neither state. Read in page order from the main heading: the
     * first enabled add-to-cart control means in stock, a sold-out message before it means out of stock (a
     * floating "Buy it now" bar further down does not outweigh it); a disabled control is passed over.
     */
    static Optional<String> find(PageContext page, @Nullable Element heading) {
        Element body = page.document().body();
        if (body == null) {
            return Optional.empty();
        }
        Element control = BuyBox.purchaseControl(page).orElse(null);
        List<Element> all = body.getAllElements();
        int start = heading == null ? 0 : Math.max(0, all.indexOf(heading));
        boolean shownInStock = false;
        for (int i = start; i < Math.min(all.size(), start + WINDOW); i++) {
            Element element = all.get(i);
            if (element == control && !BuyBox.isDisabled(control)) {
                return Optional.of("InStock");
            }
            String text = shownText(element);
            if (text == null) {
                continue;
            }
            boolean out = OUT.matcher(text).find() || (OUT_WHERE_NAMED.matcher(text).find() && namedForStock(element));
            boolean in = !out && IN.matcher(text).find();
            if ((out || in) && !BuyBox.isHidden(element) && !BuyBox.isElsewhere(element, page)
                    && !BuyBox.isInVariantPicker(element)) {
                if (out) {
                    return Optional.of("OutOfStock");
                }
                shownInStock = true;
            }
        }
        return shownInStock || (control != null && !BuyBox.isDisabled(control)) ? Optional.of("InStock")
                : Optional.empty();
    }

    private static boolean namedForStock(Element element) {
        if (element.tagName().equals("button")) {
            return true;
        }
        Element e = element;
        for (int depth = 0; depth < 3 && e != null; depth++, e = e.parent()) {
            if (Names.hasAny(e, STOCK_NAMES)) {
                return true;
            }
        }
        return false;
    }

    /** An element's own short text, or a button's label. */
    private static @Nullable String shownText(Element element) {
        String text = element.ownText();
        if (element.tagName().equals("button") || element.tagName().equals("input")) {
            text = element.attr("value") + " " + element.text();
        }
        return text.isBlank() || text.length() > MAX_TEXT ? null : text;
    }
}
