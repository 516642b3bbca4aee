package io.reelforge.scraper.extract;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jspecify.annotations.Nullable;

/**
 * The product's reference as the page shows it, for pages whose structured data has none (most SKUs missed were
 * there): a labelled value ("SKU: W005759888", "Item # 333ORAK", "Art.-Nr. 4711", "Réf. 12-AB", the ASIN row of a
 * details table), else {@code itemprop="sku"} outside a Product scope, else {@code data-sku} /
 * {@code data-product-id} on the buy box or the page, else the page's inline JSON state ({@code "sku": ...}, a
 * {@code "productId"} only when the page's URL names it), else a "Model" or "Style" label. Every candidate is checked
 * by {@link ProductCodes#sku}: no words, no prices, no templates.
 */
final class VisibleSku {

    /** Labels of a store's own reference, strongest first within a page: a model number is often the maker's. */
    private static final Pattern LABEL = Pattern.compile("(?iu)^\\s*(?:[\\p{L}]+\\s+)?(sku|item\\s*(?:#|no\\.?|number"
            + "|code|id)|article\\s*(?:#|no\\.?|number)|art\\.?\\s*-?\\s*nr\\.?|art\\.?\\s*no\\.?|artikel\\s*-?\\s*nr\\.?"
            + "|artikelnummer|r[ée]f[ée]rence|r[ée]f\\.?|product\\s*(?:#|code|id|no\\.?|number)|asin|c[óo]digo|cod\\."
            + "|codice|item|model\\s*(?:#|no\\.?|number|nr\\.?)?|modell|mod[èe]le|style\\s*(?:#|no\\.?|number)?)"
            + "(?![\\p{L}])\\s*[:#.]?\\s*(.*)$");
    private static final Pattern TOKEN = Pattern.compile("^[#:\\s]*([A-Za-z0-9][A-Za-z0-9._/-]{0,39})");
    private static final Pattern JSON_SKU = Pattern.compile("\"sku\"\\s*:\\s*\"?([A-Za-z0-9][A-Za-z0-9._/-]{1,39})\"?[,}]");
    private static final Pattern JSON_PRODUCT_ID = Pattern.compile(
            "\"product_?id\"\\s*:\\s*\"?([A-Za-z0-9][A-Za-z0-9._-]{1,39})\"?[,}]", Pattern.CASE_INSENSITIVE);
    private static final int MAX_LABEL_TEXT = 80;

    private VisibleSku() {
    }

    static Optional<String> find(PageContext page) {
        Element body = page.document().body();
        if (body == null) {
            return Optional.empty();
        }
        String labelled = null;
        String model = null;
        for (Element element : body.getAllElements()) {
            String own = element.ownText();
            if (own.isEmpty() || own.length() > MAX_LABEL_TEXT) {
                continue;
            }
            Matcher label = LABEL.matcher(own);
            if (!label.find() || BuyBox.isElsewhere(element, page) || BuyBox.isHidden(element)) {
                continue;
            }
            String value = ProductCodes.sku(labelValue(element, label.group(1)));
            if (value == null) {
                continue;
            }
            if (isModelLabel(label.group(1))) {
                // a weak label ("Item 12 of 40", "Model: X") needs a longer value to count
                model = model != null || value.length() < 4 ? model : value;
            } else {
                labelled = value;
                break;
            }
        }
        Optional<String> weakest = Optional.ofNullable(model);
        return Optional.ofNullable(labelled)
                .or(() -> itemprop(body, page))
                .or(() -> dataAttribute(page))
                .or(() -> inlineJson(page))
                .or(() -> weakest);
    }

    private static boolean isModelLabel(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        return lower.startsWith("mod") || lower.startsWith("style") || lower.equals("item");
    }

    /** The text after the label: in the element itself, else the next cell or element, else the parent's text. */
    private static @Nullable String labelValue(Element element, String label) {
        String text = element.text();
        int at = text.toLowerCase(Locale.ROOT).indexOf(label.toLowerCase(Locale.ROOT));
        String after = at < 0 ? "" : text.substring(at + label.length());
        String token = token(after);
        if (token != null) {
            return token;
        }
        Element next = element.nextElementSibling();
        if (next != null && (token = token(next.text())) != null) {
            return token;
        }
        for (var node = element.nextSibling(); node != null; node = node.nextSibling()) {
            if (node instanceof TextNode textNode && !textNode.isBlank()) {
                return token(textNode.text());
            }
        }
        return null;
    }

    private static @Nullable String token(String text) {
        Matcher token = TOKEN.matcher(text.replace('\u200e', ' ').replace('\u200f', ' ').replace('\u00a0', ' '));
        return token.find() ? token.group(1) : null;
    }

    private static Optional<String> itemprop(Element body, PageContext page) {
        for (Element element : body.select("[itemprop~=(?i)^sku$]")) {
            String value = ProductCodes.sku(MicrodataExtractor.value(element));
            if (value != null && !BuyBox.isElsewhere(element, page)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /** {@code data-sku} on the page's root, the product's area or its buy box; {@code data-product-id} likewise. */
    private static Optional<String> dataAttribute(PageContext page) {
        Element control = BuyBox.purchaseControl(page).orElse(null);
        for (String attribute : new String[] {"data-sku", "data-product-sku", "data-product-id", "data-productid"}) {
            for (Element element : page.document().select("[" + attribute + "]")) {
                boolean onBuyBox = control != null && (element == control || control.parents().contains(element)
                        || element.parents().contains(control.parent()));
                boolean onPage = element.tagName().equals("html") || element.tagName().equals("body")
                        || (!BuyBox.isElsewhere(element, page) && !BuyBox.isHidden(element)
                                && page.uri().toString().contains(element.attr(attribute)));
                String value = ProductCodes.sku(element.attr(attribute));
                if (value != null && (onBuyBox || onPage)) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> inlineJson(PageContext page) {
        String url = page.uri().toString();
        for (Element script : page.document().select("script:not([type~=(?i)ld\\+json])")) {
            String data = script.data();
            if (data.length() < 10) {
                continue;
            }
            Matcher sku = JSON_SKU.matcher(data);
            while (sku.find()) {
                String value = ProductCodes.sku(sku.group(1));
                if (value != null) {
                    return Optional.of(value);
                }
            }
            Matcher productId = JSON_PRODUCT_ID.matcher(data);
            while (productId.find()) {
                String value = ProductCodes.sku(productId.group(1));
                if (value != null && url.contains(value)) {
                    return Optional.of(value);
                }
            }
        }
        return Optional.empty();
    }
}
