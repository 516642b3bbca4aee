package io.reelforge.scraper.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * The product's bullet points: the items of the first list inside an element named for features, bullets or
 * highlights (Amazon's {@code #feature-bullets}, many stores' {@code .product-features}). Lists of links are
 * menus, not features, and are skipped; so are "featured products" strips.
 */
final class FeatureLists {

    /** Asked first: these words name bullet lists; "feature" also names whole page widgets on some stores. */
    private static final Set<String> BULLET_WORDS = Set.of("bullet", "bullets", "highlight", "highlights",
            "keypoints", "benefits");
    private static final Set<String> FEATURE_WORDS = Set.of("feature", "features");
    /** Spec sheets and product-detail tables are lists too, of facts a narrator should not read out. */
    private static final Set<String> NOT_FEATURES = Set.of("detail", "details", "spec", "specs", "specification",
            "specifications", "review", "reviews", "nav", "menu");
    private static final int MIN_ITEMS = 2;
    private static final int MAX_ITEM_LENGTH = 300;

    private FeatureLists() {
    }

    static List<String> find(PageContext page, @Nullable Element heading, int max) {
        Element body = page.document().body();
        if (body == null) {
            return List.of();
        }
        List<Element> all = body.getAllElements();
        List<Element> afterHeading = all.subList(heading == null ? 0 : Math.max(0, all.indexOf(heading)), all.size());
        List<String> bullets = first(afterHeading, BULLET_WORDS, max);
        return bullets.isEmpty() ? first(afterHeading, FEATURE_WORDS, max) : bullets;
    }

    private static List<String> first(List<Element> elements, Set<String> words, int max) {
        for (Element container : elements) {
            if (!Names.hasAny(container, words) || Names.hasAny(container, NOT_FEATURES)) {
                continue;
            }
            for (Element list : container.select("ul, ol")) {
                List<String> items = items(list, max);
                if (items.size() >= MIN_ITEMS) {
                    return items;
                }
            }
        }
        return List.of();
    }

    private static List<String> items(Element list, int max) {
        List<String> items = new ArrayList<>();
        for (Element item : list.children()) {
            if (!item.tagName().equals("li") || Headings.isHidden(item)) {
                continue;
            }
            String text = Text.clean(item.text());
            if (text == null || text.length() < 3 || text.length() > MAX_ITEM_LENGTH) {
                continue;
            }
            Element link = item.selectFirst("a");
            if (link != null && text.equals(Text.clean(link.text()))) {
                return List.of(); // a menu
            }
            if (!items.contains(text)) {
                items.add(text);
            }
            if (items.size() == max) {
                break;
            }
        }
        return items;
    }
}
