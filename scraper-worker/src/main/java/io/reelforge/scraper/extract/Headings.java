package io.reelforge.scraper.extract;

import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The page's main heading: of all {@code <h1>}s (pages have several: a logo, "Added to cart", the product), the
 * one that shares the most words with the page's {@code <title>}; within it, a part named as the product's title
 * ({@code #productTitle}) when there is one, so subtitles like "Hardcover – 7 April 2016" stay out. Text hidden
 * from sighted readers ("Details about") is skipped.
 */
final class Headings {

    private static final int MAX_LENGTH = 300;
    private static final Set<String> HIDDEN = Set.of("hidden", "hdn", "sr", "visually", "offscreen", "invisible");
    private static final Set<String> TITLE_PART = Set.of("title", "name");

    private Headings() {
    }

    static Optional<Element> main(PageContext page) {
        String documentTitle = page.documentTitle();
        Element best = null;
        double bestOverlap = -1;
        for (Element h1 : page.document().select("h1")) {
            String text = text(h1);
            if (text == null || text.length() > MAX_LENGTH) {
                continue;
            }
            double overlap = documentTitle == null ? 0 : Titles.overlap(text, documentTitle, page);
            if (overlap > bestOverlap) {
                best = h1;
                bestOverlap = overlap;
            }
        }
        return Optional.ofNullable(best);
    }

    static @Nullable String mainText(PageContext page) {
        return main(page).map(Headings::text).orElse(null);
    }

    /** The heading's visible text, or its product-title part's. */
    static @Nullable String text(Element heading) {
        for (Element part : heading.select("*")) {
            if (part != heading && Names.hasAny(part, TITLE_PART) && !isHidden(part)) {
                String text = visibleText(part);
                if (text != null) {
                    return text;
                }
            }
        }
        return visibleText(heading);
    }

    static @Nullable String visibleText(Element element) {
        Element copy = element.clone();
        copy.select("*").stream().filter(e -> e != copy && isHidden(e)).forEach(Element::remove);
        return Text.clean(copy.text());
    }

    static boolean isHidden(Element element) {
        String style = element.attr("style").replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        return Names.hasAny(element, HIDDEN) || style.contains("display:none") || element.hasAttr("hidden")
                || "true".equals(element.attr("aria-hidden"));
    }
}
