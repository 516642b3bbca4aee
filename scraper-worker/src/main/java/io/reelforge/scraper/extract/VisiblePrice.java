package io.reelforge.scraper.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A price shown to shoppers on a page without price markup: the first short element after the main heading whose
 * id or class names a price and whose text is an amount with a currency ("$89.00", "US $649.99"). Old, list,
 * strike-through, per-unit and shipping prices are named as such by stores and skipped. Looking only after the
 * heading keeps the mini-cart's "$0.00" and banners' "from $5" out.
 */
final class VisiblePrice {

    private static final int MAX_TEXT = 40;
    /** Words stores use for prices that are not the one to pay now, matched per word of an id or class. */
    private static final List<String> REFERENCE = List.of("old", "was", "list", "strike", "compare", "regular",
            "original", "before", "save", "saving", "discount", "ship", "delivery", "tax", "unit", "per", "range",
            "filter", "slider", "label", "msrp", "rrp", "cross", "previous", "instead", "member", "coupon", "install",
            "monthly", "finance", "credit", "hidden", "sr", "ww", "lease", "loan", "deposit", "reward", "points",
            "standard", "crossed", "mrp", "uvp", "reference", "strikeout");
    /** "4 x 29,90", "$33/mo", "12 cuotas de": an instalment, not the price. */
    private static final Pattern INSTALMENT = Pattern.compile("(?iu)\\b\\d{1,2}\\s*[x×]\\s*(?:de\\s+)?\\D{0,4}\\d"
            + "|/\\s*(?:mo|month|mes|mois|monat|mth)\\b|per\\s+month|a\\s+month|cuotas|parcelas|mensualit|monatlich"
            + "|installments?|instalments?");
    private static final Pattern WORD_BREAK = Pattern.compile("[^a-z0-9]+|(?<=[a-z])(?=[A-Z])");

    private VisiblePrice() {
    }

    static Optional<Money> find(PageContext page, @Nullable Element heading) {
        Element body = page.document().body();
        if (body == null) {
            return Optional.empty();
        }
        List<Element> all = body.getAllElements();
        int start = heading == null ? 0 : Math.max(0, all.indexOf(heading));
        for (int i = start; i < all.size(); i++) {
            Element element = all.get(i);
            if (!namesPrice(element) || BuyBox.isElsewhere(element, page)) {
                continue;
            }
            String text = Text.clean(element.text());
            if (text == null || text.length() > MAX_TEXT || INSTALMENT.matcher(text).find()) {
                continue;
            }
            Optional<Money> money = PriceParser.parseText(text).filter(m -> m.currency() != null);
            if (money.isPresent()) {
                return money;
            }
        }
        return Optional.empty();
    }

    private static boolean namesPrice(Element element) {
        String names = element.id() + " " + element.className() + " " + element.attr("itemprop");
        return names.toLowerCase(Locale.ROOT).contains("price") && !namesReference(names)
                && !element.tagName().equals("option") && !element.tagName().equals("script");
    }

    /**
     * Whether a word of the names is a reference-price word: {@code old-price}, {@code wasPrice},
     * {@code price--strikethrough}, {@code listprice}; but not {@code bold} or {@code period}, which merely
     * contain one.
     */
    static boolean namesReference(String names) {
        for (String word : WORD_BREAK.split(names)) {
            String w = word.toLowerCase(Locale.ROOT);
            for (String reference : REFERENCE) {
                if (w.equals(reference)
                        || (w.startsWith(reference) && (reference.length() >= 4 || w.endsWith("price")))
                        || (w.endsWith(reference) && w.startsWith("price"))) {
                    return true;
                }
            }
        }
        return false;
    }
}
