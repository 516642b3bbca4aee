package io.reelforge.media.speech;

import java.util.List;

/**
 * What a narrator says for one text: the audio, and when the engine knows them (MaryTTS does, OpenAI's speech
 * endpoint does not), when each of the text's words ({@link ScriptWords#of}) is spoken within it.
 *
 * @param words one timing per word of the text, in order, or none when the engine gives only audio
 */
public record Speech(PcmAudio audio, List<WordTiming> words) {

    /** Engines round durations to their own frames: a word may end this much after the audio does. */
    private static final double TOLERANCE_SECONDS = 0.005;

    public Speech {
        words = List.copyOf(words);
        double previousEnd = 0;
        for (WordTiming word : words) {
            if (word.start() < previousEnd) {
                throw new IllegalArgumentException("word timings overlap or go back at '" + word.word() + "'");
            }
            previousEnd = word.end();
        }
        if (previousEnd > audio.seconds() + TOLERANCE_SECONDS) {
            throw new IllegalArgumentException("words timed up to " + previousEnd + " s in " + audio.seconds()
                    + " s of audio");
        }
    }

    /** Audio from an engine that does not say when each word is spoken. */
    public static Speech untimed(PcmAudio audio) {
        return new Speech(audio, List.of());
    }

    public boolean timed() {
        return !words.isEmpty();
    }

    /** The same speech at another sample rate: the timings are in seconds, so they stay as they are. */
    public Speech resampledTo(int sampleRate) {
        return new Speech(audio.resampledTo(sampleRate), words);
    }
}
