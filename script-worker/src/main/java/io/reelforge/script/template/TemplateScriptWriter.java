package io.reelforge.script.template;

import io.reelforge.common.job.JobOptions;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.ScriptWriter;
import io.reelforge.script.write.SpokenText;
import io.reelforge.script.write.WordBudget;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Writes a script offline from the facts alone: a hook from the product's name and brand, a few scenes from its
 * description and features, its price when known, and a call to action, fitted to the words the video's length
 * allows. Deterministic: the same request always gets the same script, so a retried stage changes nothing.
 */
public class TemplateScriptWriter implements ScriptWriter {

    static final int MIN_SCENES = 3;
    static final int MAX_SCENES = 6;

    @Override
    public String engine() {
        return "template";
    }

    @Override
    public VideoScript write(ScriptSubject subject, JobOptions options) {
        PhraseSet phrases = PhraseSets.forLanguage(options.language());
        int budget = WordBudget.words(options.durationSeconds());
        return switch (subject) {
            case ScriptSubject.Product p -> productScript(p, phrases, budget);
            case ScriptSubject.Keyword k -> keywordScript(k, phrases, budget);
        };
    }

    private VideoScript productScript(ScriptSubject.Product subject, PhraseSet phrases, int budget) {
        ProductDetails product = subject.details();
        String name = ProductFacts.spokenTitle(product);
        int seed = name.hashCode();
        String brand = ProductFacts.brandToMention(product, name);
        String hookText = brand == null
                ? PhraseSet.fill(PhraseSet.pick(phrases.hooks(), seed, 1), "title", name)
                : PhraseSet.fill(PhraseSet.fill(PhraseSet.pick(phrases.brandedHooks(), seed, 1), "title", name),
                        "brand", brand);
        Line hook = new Line(hookText, name, brand);
        Line cta = filled(PhraseSet.pick(phrases.callsToAction(), seed, 2), "title", name);
        Line price = SpokenPrice.spoken(product.price(), product.currency(), phrases)
                .map(said -> {
                    String shown = SpokenPrice.display(product.price(), product.currency()).orElse(said);
                    return new Line(PhraseSet.fill(PhraseSet.pick(phrases.priceLines(), seed, 3), "price", said),
                            shown, shown);
                })
                .orElse(null);
        List<Line> facts = ProductFacts.of(product, phrases);
        if (facts.isEmpty()) {
            facts = List.of(new Line(PhraseSet.fill(phrases.closerLook(), "title", name), name));
        }
        return compose(subject, phrases, hook, facts, price, cta, budget);
    }

    private VideoScript keywordScript(ScriptSubject.Keyword subject, PhraseSet phrases, int budget) {
        String keyword = SpokenText.clean(subject.keyword());
        int seed = keyword.hashCode();
        String hookText = PhraseSet.fill(PhraseSet.pick(phrases.keywordHooks(), seed, 1), "keyword", keyword);
        Line hook = new Line(hookText, SpokenText.capitalize(SpokenText.caption(keyword, 5)), null);
        Line cta = filled(PhraseSet.pick(phrases.keywordCallsToAction(), seed, 2), "keyword", keyword);
        return compose(subject, phrases, hook, phrases.keywordAdvice(), null, cta, budget);
    }

    /**
     * Hook, content, price, call to action, within the word budget: the price is kept when it fits beside at least
     * one content line, content lines are taken in order while they fit, and they share the scenes left over.
     */
    private static VideoScript compose(ScriptSubject subject, PhraseSet phrases, Line hook, List<Line> content,
            @Nullable Line price, Line cta, int budget) {
        int fixed = hook.words() + cta.words();
        int shortestContent = content.stream().mapToInt(Line::words).min().orElse(0);
        if (price != null && fixed + price.words() + shortestContent > budget) {
            price = null;
        }
        int remaining = budget - fixed - (price == null ? 0 : price.words());
        List<Line> chosen = new ArrayList<>();
        for (Line line : content) {
            if (line.words() <= remaining) {
                chosen.add(line);
                remaining -= line.words();
            }
        }
        if (chosen.isEmpty()) {
            Line first = content.getFirst();
            chosen.add(new Line(firstWords(first.spoken(), Math.max(3, remaining)), first.caption()));
        }
        int contentScenes = Math.min(chosen.size(), MAX_SCENES - 2 - (price == null ? 0 : 1));
        List<Line> lines = new ArrayList<>();
        lines.add(hook);
        lines.addAll(grouped(chosen, contentScenes));
        if (price != null) {
            lines.add(price);
        }
        lines.add(cta);
        List<Scene> scenes = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            scenes.add(new Scene(line.spoken(), line.caption().isBlank() ? null : line.caption(),
                    subject.imageIndex(i), line.emphasis()));
        }
        return new VideoScript(phrases.language(), subject.title(), hook.spoken(), scenes, cta.spoken());
    }

    /** Consecutive lines joined into {@code groups} scenes of nearly equal size; each keeps its first caption. */
    private static List<Line> grouped(List<Line> lines, int groups) {
        List<Line> scenes = new ArrayList<>();
        int start = 0;
        for (int g = 0; g < groups; g++) {
            int size = (lines.size() - start) / (groups - g) + ((lines.size() - start) % (groups - g) > 0 ? 1 : 0);
            List<Line> part = lines.subList(start, start + size);
            scenes.add(new Line(String.join(" ", part.stream().map(Line::spoken).toList()), part.getFirst().caption(),
                    part.getFirst().emphasis()));
            start += size;
        }
        return scenes;
    }

    private static Line filled(Line template, String placeholder, String value) {
        return new Line(PhraseSet.fill(template.spoken(), placeholder, value),
                PhraseSet.fill(template.caption(), placeholder, value), null);
    }

    private static String firstWords(String sentence, int words) {
        String[] parts = sentence.split("\\s+");
        return SpokenText.sentence(String.join(" ", java.util.Arrays.copyOf(parts, Math.min(words, parts.length))));
    }
}
