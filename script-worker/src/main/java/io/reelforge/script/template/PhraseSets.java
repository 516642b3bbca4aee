package io.reelforge.script.template;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** The phrase sets the template writer knows: English, German, French and Spanish. */
final class PhraseSets {

    static final PhraseSet ENGLISH = EnglishPhrases.SET;

    private static final Map<String, PhraseSet> BY_LANGUAGE = Map.of("en", ENGLISH, "de", GermanPhrases.SET,
            "fr", FrenchPhrases.SET, "es", SpanishPhrases.SET);

    /** A page's boilerplate in any language: the page's language need not be the script's. */
    static final List<String> BOILERPLATE = BY_LANGUAGE.values().stream()
            .flatMap(set -> set.boilerplate().stream()).distinct().toList();

    private PhraseSets() {
    }

    /** The phrases for a language tag ("en", "de-AT"); empty when the language has no set. */
    static java.util.Optional<PhraseSet> find(String language) {
        String base = language.toLowerCase(Locale.ROOT).split("[-_]")[0];
        return java.util.Optional.ofNullable(BY_LANGUAGE.get(base));
    }

    static Stream<String> languages() {
        return BY_LANGUAGE.keySet().stream().sorted();
    }
}
