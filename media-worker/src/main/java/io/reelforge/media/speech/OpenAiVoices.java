package io.reelforge.media.speech;

import io.reelforge.common.voice.Voice;
import io.reelforge.common.voice.VoiceOffer;
import io.reelforge.media.MediaProperties;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The voices and languages of an OpenAI speech endpoint. OpenAI's own service speaks what its documentation lists:
 * every voice speaks every language its text-to-speech guide names (the languages of its Whisper model, 57 of them),
 * and {@code tts-1}/{@code tts-1-hd} have fewer voices than {@code gpt-4o-mini-tts}. A server that only speaks the
 * API (Kokoro, Piper) is told what it speaks ({@code reelforge.media.openai.languages} and {@code voices}): until
 * it is, it is taken to speak English with its configured voice alone, as most such servers do out of the box,
 * because claiming more would let a German script be read by an English voice.
 */
final class OpenAiVoices {

    /**
     * The languages of OpenAI's text-to-speech guide, as ISO 639-1 codes, in its order (Afrikaans to Welsh). The guide
     * names "Norwegian"; Bokmål ({@code nb}) is the written Norwegian it means, so both codes are listed.
     */
    static final List<String> OPENAI_LANGUAGES = List.of("af", "ar", "hy", "az", "be", "bs", "bg", "ca", "zh", "hr",
            "cs", "da", "nl", "en", "et", "fi", "fr", "gl", "de", "el", "he", "hi", "hu", "is", "id", "it", "ja", "kn",
            "kk", "ko", "lv", "lt", "mk", "ms", "mr", "mi", "ne", "no", "nb", "fa", "pl", "pt", "ro", "ru", "sr", "sk",
            "sl", "es", "sw", "sv", "tl", "ta", "th", "tr", "uk", "ur", "vi", "cy");

    /** The voices of {@code gpt-4o-mini-tts} (and later models). */
    static final List<String> OPENAI_VOICES = List.of("alloy", "ash", "ballad", "coral", "echo", "fable", "nova",
            "onyx", "sage", "shimmer", "verse", "marin", "cedar");

    /** The voices of {@code tts-1} and {@code tts-1-hd}, which lack ballad, verse, marin and cedar. */
    static final List<String> TTS1_VOICES = List.of("alloy", "ash", "coral", "echo", "fable", "nova", "onyx", "sage",
            "shimmer");

    /** What a server that only speaks the API is taken to speak until it is told otherwise. */
    static final List<String> COMPATIBLE_SERVER_LANGUAGES = List.of("en");

    private OpenAiVoices() {
    }

    /** The voices and languages of the configured endpoint, with the configured voice as the default. */
    static VoiceOffer offer(MediaProperties.OpenAi settings) {
        boolean openAi = settings.isOpenAiService();
        List<String> languages = !settings.languages().isEmpty() ? settings.languages()
                : openAi ? OPENAI_LANGUAGES : COMPATIBLE_SERVER_LANGUAGES;
        List<Voice> voices = new ArrayList<>();
        if (!settings.voices().isEmpty()) {
            settings.voices().forEach(entry -> voices.add(parse(entry, languages)));
        } else if (openAi) {
            (settings.model().startsWith("tts-1") ? TTS1_VOICES : OPENAI_VOICES)
                    .forEach(name -> voices.add(new Voice(name, languages)));
        }
        if (voices.stream().noneMatch(v -> v.name().equals(settings.voice()))) {
            // the configured voice speaks whatever the endpoint speaks, unless the voices list says otherwise
            voices.addFirst(new Voice(settings.voice(), languages));
        }
        return new VoiceOffer("openai", settings.voice(), voices);
    }

    /** {@code name}, or {@code name:lang+lang} for a voice that speaks only those languages. */
    static Voice parse(String entry, List<String> languages) {
        String[] parts = entry.strip().split(":", 2);
        return parts.length == 1 ? new Voice(parts[0].strip(), languages)
                : new Voice(parts[0].strip(), Arrays.stream(parts[1].split("\\+")).map(String::strip)
                        .filter(l -> !l.isEmpty()).toList());
    }
}
