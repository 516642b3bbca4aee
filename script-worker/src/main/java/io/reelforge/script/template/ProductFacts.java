package io.reelforge.script.template;

import io.reelforge.common.product.ProductDetails;
import io.reelforge.script.write.ScriptValidator;
import io.reelforge.script.write.SpokenText;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The facts a template script may say about a product, as short spoken sentences in the order they are best told:
 * the description's strongest sentence (what the product is), the store's feature bullets, then the description's
 * other good sentences. Only what the store wrote; nothing is invented.
 */
final class ProductFacts {

    static final int MAX_SENTENCE_WORDS = 20;
    private static final int MIN_DESCRIPTION_SENTENCE_WORDS = 4;
    private static final int CAPTION_WORDS = 5;
    private static final int SPOKEN_TITLE_WORDS = 7;
    private static final Pattern TITLE_SEPARATORS = Pattern.compile("\\s[-–—|/]\\s|[:,(\\[]");
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:–—]");
    private static final Pattern LEADING_ARTICLE = Pattern.compile("(?i)^(the|a|an)\\s+");
    private static final Pattern JUMBLE = Pattern.compile("(?:[/|].*){2}|(?::.*){3}|\\([^)]*$");
    private static final Pattern BLOCK_TAG = Pattern.compile("(?i)</?(?:p|li|br|div|ul|ol|h[1-6]|tr|td)\\b[^>]{0,200}>");

    private ProductFacts() {
    }

    /** The product's name as a narrator says it: the part before any " - variant | store" tail, a few words. */
    static String spokenTitle(ProductDetails product) {
        String title = product.title() == null ? "" : product.title();
        var separator = TITLE_SEPARATORS.matcher(title);
        if (separator.find() && SpokenText.wordCount(title.substring(0, separator.start())) >= 2) {
            title = title.substring(0, separator.start());
        }
        String spoken = LEADING_ARTICLE.matcher(SpokenText.caption(title, SPOKEN_TITLE_WORDS)).replaceFirst("");
        return spoken.isBlank() ? SpokenText.clean(product.title()) : spoken;
    }

    /** The brand, when saying it adds something (it is known and not already part of the title). */
    static @Nullable String brandToMention(ProductDetails product, String spokenTitle) {
        String brand = SpokenText.clean(product.brand());
        if (brand.isBlank() || spokenTitle.toLowerCase(Locale.ROOT).contains(brand.toLowerCase(Locale.ROOT))) {
            return null;
        }
        return brand;
    }

    static List<Line> of(ProductDetails product, PhraseSet phrases) {
        List<Line> described = descriptionSentences(product.description(), phrases);
        List<Line> ordered = new ArrayList<>();
        if (!described.isEmpty()) {
            ordered.add(described.getFirst());
        }
        for (String feature : product.features()) {
            String full = SpokenText.sentence(SpokenText.clean(feature).replace(": ", ", "));
            String sentence = isWorthSaying(full) ? shorten(full) : "";
            if (!sentence.isEmpty()) {
                ordered.add(new Line(sentence, SpokenText.capitalize(SpokenText.caption(feature, CAPTION_WORDS))));
            }
        }
        ordered.addAll(described.subList(Math.min(1, described.size()), described.size()));
        return withoutRepeats(ordered, SpokenText.clean(product.title()));
    }

    /** The description's sentences worth saying, strongest first. */
    private static List<Line> descriptionSentences(@Nullable String description, PhraseSet phrases) {
        if (description == null || description.isBlank()) {
            return List.of();
        }
        record Scored(Line line, double score) {
        }
        List<Scored> scored = new ArrayList<>();
        int position = 0;
        // block-level markup ends a line the way a newline does: a list item is not the start of the next sentence
        for (String raw : BLOCK_TAG.matcher(description).replaceAll("\n").split("\\R|•")) {
            BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.forLanguageTag(phrases.language()));
            String text = SpokenText.clean(raw);
            sentences.setText(text);
            for (int start = sentences.first(), end = sentences.next(); end != BreakIterator.DONE;
                    start = end, end = sentences.next()) {
                String full = SpokenText.sentence(text.substring(start, end));
                // judged whole: "If you need it sooner, please message me" must not survive as its first clause
                String sentence = isWorthSaying(full) ? shorten(full) : "";
                int words = SpokenText.wordCount(sentence);
                if (words >= MIN_DESCRIPTION_SENTENCE_WORDS) {
                    scored.add(new Scored(new Line(sentence, caption(sentence)), score(sentence, words, position)));
                }
                position++;
            }
        }
        return scored.stream().sorted(Comparator.comparingDouble(Scored::score).reversed()).map(Scored::line).toList();
    }

    /** A description sentence is shown only when its first clause is short enough to read at a glance. */
    private static String caption(String sentence) {
        var clause = CLAUSE_END.matcher(sentence);
        String first = clause.find() ? sentence.substring(0, clause.start()) : sentence;
        int words = SpokenText.wordCount(first);
        return words >= 2 && words <= CAPTION_WORDS ? SpokenText.caption(first, CAPTION_WORDS) : "";
    }

    /** Sentences of about a dozen words that speak to the viewer or carry a number make the best lines. */
    private static double score(String sentence, int words, int position) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        double score = -Math.abs(words - 12) * 0.5 - position * 0.75;
        if (lower.matches(".*\\d.*")) {
            score += 2;
        }
        if (lower.matches(".*\\b(you|your)\\b.*")) {
            score += 2;
        }
        return score;
    }

    /**
     * Not shop boilerplate (in any language), not a spec sheet's "Normal:work/school/meeting" jumble, and fit to say:
     * no written prices, links or page instructions.
     */
    private static boolean isWorthSaying(String sentence) {
        String lower = sentence.toLowerCase(Locale.ROOT);
        return PhraseSets.BOILERPLATE.stream().noneMatch(lower::contains) && !JUMBLE.matcher(sentence).find()
                && ScriptValidator.isFitToSay(sentence);
    }

    /** A sentence short enough to say in one breath: cut at a clause boundary, or dropped when there is none. */
    static String shorten(String sentence) {
        return SpokenText.wordCount(sentence) <= MAX_SENTENCE_WORDS ? sentence
                : cutToFit(sentence, MAX_SENTENCE_WORDS);
    }

    /**
     * The longest start of a sentence that ends at a clause boundary and has at most {@code maxWords} words (and at
     * least a few), said as a sentence; empty when there is none. The page's own words, only fewer of them.
     */
    static String cutToFit(String sentence, int maxWords) {
        var clauses = CLAUSE_END.matcher(sentence);
        int cut = -1;
        while (clauses.find()) {
            String head = sentence.substring(0, clauses.start());
            int words = SpokenText.wordCount(head);
            if (words > maxWords) {
                break;
            }
            if (words >= MIN_DESCRIPTION_SENTENCE_WORDS) {
                cut = clauses.start();
            }
        }
        return cut < 0 ? "" : SpokenText.sentence(sentence.substring(0, cut));
    }

    /** Drops a line whose words were already said (by an earlier line, or the title itself). */
    private static List<Line> withoutRepeats(List<Line> lines, String title) {
        List<String> said = new ArrayList<>(List.of(key(title)));
        List<Line> unique = new ArrayList<>();
        for (Line line : lines) {
            String key = key(line.spoken());
            if (!key.isEmpty() && said.stream().noneMatch(s -> s.contains(key))) {
                said.add(key);
                unique.add(line);
            }
        }
        return unique;
    }

    private static String key(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "");
    }
}
