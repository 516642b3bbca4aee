package io.reelforge.common.voice;

import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * What the running media workers can voice together, as the registry last heard from them: a request is voiceable
 * when one of their offers {@linkplain VoiceOffer#choose chooses} a voice for it.
 */
public record RunningVoices(List<VoiceOffer> offers) {

    public RunningVoices {
        offers = List.copyOf(offers);
    }

    /** No media worker has registered: none runs (scaled to zero), or none is new enough to register. */
    public boolean isEmpty() {
        return offers.isEmpty();
    }

    /** Whether some worker voices the language, with the named voice when there is one. */
    public boolean canVoice(String languageTag, @Nullable String voice) {
        return offers.stream().anyMatch(o -> o.choose(languageTag, voice).isPresent());
    }

    /** Every language some worker voices, sorted. */
    public SortedSet<String> languages() {
        SortedSet<String> languages = new TreeSet<>();
        offers.forEach(o -> languages.addAll(o.languages()));
        return languages;
    }

    /** The voices that speak the language on any worker, sorted (the workers are in no order). */
    public SortedSet<String> voicesFor(String languageTag) {
        SortedSet<String> voices = new TreeSet<>();
        offers.forEach(o -> voices.addAll(o.voicesFor(languageTag)));
        return voices;
    }
}
