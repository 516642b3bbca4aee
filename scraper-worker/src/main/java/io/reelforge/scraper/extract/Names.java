package io.reelforge.scraper.extract;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * The words in an element's id and class names ({@code landingImage}, {@code main-content-image},
 * {@code product_photo} give landing, image, main, content, product, photo). Matching whole words keeps "nav"
 * from matching "canvas" and "main" from matching "domain".
 */
final class Names {

    private static final Pattern SPLIT = Pattern.compile("[^A-Za-z]+|(?<=[a-z])(?=[A-Z])");

    private Names() {
    }

    static Set<String> of(Element element) {
        Set<String> words = new HashSet<>();
        for (String word : SPLIT.split(element.id() + " " + element.className())) {
            if (!word.isEmpty()) {
                words.add(word.toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    static boolean hasAny(Element element, Set<String> wanted) {
        Set<String> words = of(element);
        words.retainAll(wanted);
        return !words.isEmpty();
    }

    /** Both a word of {@code first} and a word of {@code second}: "product" and "image", say. */
    static boolean hasPair(Element element, Set<String> first, Set<String> second) {
        Set<String> words = of(element);
        return words.stream().anyMatch(first::contains) && words.stream().anyMatch(second::contains);
    }
}
