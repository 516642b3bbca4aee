package io.reelforge.media.speech;

import io.reelforge.common.voice.Voice;
import io.reelforge.common.voice.VoiceOffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import marytts.config.MaryConfig;
import marytts.config.VoiceConfig;

/**
 * The MaryTTS voices this process can speak with: every voice component on the class path whose language component
 * is there too (a voice without its language's rules cannot speak). MaryTTS reads both from the jars' service
 * entries without starting its engine, in about a tenth of a second. The build ships one voice, {@code cmu-slt-hsmm}
 * (US English); a voice jar added to the class path with its language's jar (a German voice with
 * {@code marytts-lang-de}, say) is found and offered the same way.
 *
 * @param voices each voice's name and locale, in the order MaryTTS lists them
 */
record MaryTtsVoices(List<Installed> voices) {

    /** A voice and the locale MaryTTS speaks it in. */
    record Installed(String name, Locale locale) {
    }

    MaryTtsVoices {
        voices = List.copyOf(voices);
    }

    static MaryTtsVoices onClassPath() {
        List<Installed> installed = new ArrayList<>();
        for (VoiceConfig voice : MaryConfig.getVoiceConfigs()) {
            if (MaryConfig.getLanguageConfig(voice.getLocale()) != null) {
                installed.add(new Installed(voice.getName(), voice.getLocale()));
            }
        }
        return new MaryTtsVoices(installed);
    }

    Optional<Installed> find(String name) {
        return voices.stream().filter(v -> v.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** The voices as offered to jobs, with {@code defaultVoice} as the default. */
    VoiceOffer offer(String defaultVoice) {
        return new VoiceOffer("marytts", defaultVoice, voices.stream()
                .map(v -> new Voice(v.name(), List.of(v.locale().getLanguage()))).toList());
    }

    List<String> names() {
        return voices.stream().map(Installed::name).toList();
    }
}
