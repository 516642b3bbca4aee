package io.reelforge.common.voice;

import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What one narrator can voice: its engine, its voices with the languages each speaks, and the voice it reads with
 * when a job names none. The media worker picks a job's voice with {@link #choose} and the gateway, through
 * {@link RunningVoices}, checks a request by the same rule, so what the gateway accepts a worker can voice.
 *
 * @param engine the speech engine ({@code marytts}, {@code openai})
 * @param defaultVoice the voice a job without a {@code voice} gets, when it speaks the job's language
 */
public record VoiceOffer(String engine, String defaultVoice, List<Voice> voices) {

    public VoiceOffer {
        voices = List.copyOf(voices);
        if (voices.isEmpty()) {
            throw new IllegalArgumentException("the " + engine + " narrator offers no voice");
        }
        if (voices.stream().noneMatch(v -> v.name().equals(defaultVoice))) {
            throw new IllegalArgumentException("the default voice " + defaultVoice + " is not among the voices");
        }
    }

    /** The languages some voice speaks. */
    public SortedSet<String> languages() {
        SortedSet<String> languages = new TreeSet<>();
        voices.forEach(v -> languages.addAll(v.languages()));
        return languages;
    }

    /**
     * The voice that reads a job in {@code languageTag}: the one the job names, if offered and it speaks the
     * language; for a job naming none, the default voice when it speaks the language, else the first that does.
     * Empty when no voice fits: a German script is never read by an English voice.
     */
    public Optional<Voice> choose(String languageTag, @Nullable String voiceName) {
        if (voiceName != null && !voiceName.isBlank()) {
            return voices.stream().filter(v -> v.isNamed(voiceName) && v.speaks(languageTag)).findFirst();
        }
        return voices.stream().filter(v -> v.name().equals(defaultVoice) && v.speaks(languageTag)).findFirst()
                .or(() -> voices.stream().filter(v -> v.speaks(languageTag)).findFirst());
    }

    /** The names of the voices that speak the language, in the offer's order. */
    public List<String> voicesFor(String languageTag) {
        return voices.stream().filter(v -> v.speaks(languageTag)).map(Voice::name).toList();
    }
}
