package io.reelforge.common.voice;

import java.util.List;
import java.util.Objects;

/**
 * One voice of a speech engine and the languages it speaks well enough to narrate, as primary subtags
 * ({@link Languages#primary}), sorted.
 */
public record Voice(String name, List<String> languages) {

    public Voice {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("a voice needs a name");
        }
        languages = Objects.requireNonNullElse(languages, List.<String>of()).stream().map(Languages::primary)
                .distinct().sorted().toList();
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("the voice " + name + " speaks no language");
        }
    }

    /** Whether this voice speaks the language of the tag ({@code de-AT}: German). */
    public boolean speaks(String languageTag) {
        return languages.contains(Languages.primary(languageTag));
    }

    /** Whether this is the voice a client names, whatever the case of the name. */
    public boolean isNamed(String voice) {
        return name.equalsIgnoreCase(voice.strip());
    }
}
