package io.reelforge.scraper.extract;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
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
    private static final int UNNAMED_WINDOW = 300;
    /** Letters beside the amount in an unnamed price: "Price", "Now", "Sale", "Ab", "Prix" and the currency's code. */
    private static final int MAX_WORDS = 10;
    private static final Set<String> STRUCK = Set.of("del", "s", "strike");
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
            String text = Text.clean(shownText(element));
            if (text == null || text.length() > MAX_TEXT || INSTALMENT.matcher(text).find()) {
                continue;
            }
            Optional<Money> money = PriceParser.parseText(text).filter(m -> m.currency() != null);
            if (money.isPresent()) {
                return money;
            }
        }
        return heading == null ? Optional.empty() : unnamed(page, all, start);
    }

    /**
     * The element's text with cents set in superscript kept apart: {@code $24<sup>99</sup>} reads "$2499" as
     * text, and is 24.99.
     */
    private static String shownText(Element element) {
        Element sup = element.selectFirst("sup");
        if (sup == null || !sup.text().strip().matches("\\d{2}")) {
            return element.text();
        }
        Element copy = element.clone();
        for (Element cents : copy.select("sup")) {
            String before = cents.previousSibling() == null ? "" : cents.previousSibling().toString();
            if (cents.text().strip().matches("\\d{2}") && before.matches("(?s).*\\d\\s*$")) {
                cents.text((before.contains(".") ? "," : ".") + cents.text().strip());
            }
        }
        return copy.text();
    }

    /**
     * A page whose price element has no telling name (hand-made shops, old templates): the first element soon
     * after the heading whose own text is an amount with a currency and at most a word or two ("Price: $24.99",
     * "Now 19,90 €"), not struck through, not an instalment, not someone else's.
     */
    private static Optional<Money> unnamed(PageContext page, List<Element> all, int start) {
        for (int i = start; i < Math.min(all.size(), start + UNNAMED_WINDOW); i++) {
            Element element = all.get(i);
            String text = Text.clean(element.ownText());
            if (text == null || text.length() > MAX_TEXT || INSTALMENT.matcher(text).find()
                    || text.replaceAll("[\\d\\s.,'’:$€£¥₹-]", "").length() > MAX_WORDS
                    || STRUCK.contains(element.tagName()) || element.parents().stream()
                            .anyMatch(p -> STRUCK.contains(p.tagName()) || namesReference(p.className()))
                    || namesReference(element.id() + " " + element.className())) {
                continue;
            }
            Optional<Money> money = PriceParser.parseText(text).filter(m -> m.currency() != null);
            if (money.isPresent() && !BuyBox.isElsewhere(element, page) && !BuyBox.isHidden(element)) {
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
