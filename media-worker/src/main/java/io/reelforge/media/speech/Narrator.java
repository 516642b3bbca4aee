package io.reelforge.media.speech;

import io.reelforge.common.voice.VoiceOffer;
import java.util.SortedSet;

/**
 * Speaks one piece of narration. Implementations throw {@link io.reelforge.common.stage.PermanentJobFailure} when
 * another attempt cannot help (a refused key) and {@link io.reelforge.common.stage.TransientJobFailure} when it
 * may (a network error, an overloaded service), both with {@code tts_failed}.
 *
 * <p>A narrator speaks with one voice; {@link #voices()} says which others it has and the languages each speaks,
 * and {@link #withVoice} gives the same engine with another of them, for a job that names its voice or is in a
 * language the default voice does not speak.
 */
public interface Narrator {

    /**
     * The text spoken: mono 16-bit PCM at the engine's own sample rate, with each word's timing when the engine
     * reports them (one per word of {@link ScriptWords#of}), none when it gives only audio.
     */
    Speech synthesize(String text);

    /** A short name for logs and job histories ({@code marytts}, {@code openai}). */
    String engine();

    /**
     * Everything besides the text that changes how the speech sounds (voice, model, speed, server), so a cache
     * keyed by engine, voice and text never serves one voice's audio for another.
     */
    String voice();

    /**
     * The engine's voices and the languages each speaks, the same for every voice of the engine: its default is the
     * voice the worker is configured with, whichever voice this narrator speaks with.
     */
    VoiceOffer voices();

    /** The languages this narrator can speak, with one voice or another (primary subtags: {@code en}, {@code de}). */
    default SortedSet<String> languages() {
        return voices().languages();
    }

    /**
     * The same engine speaking with another of its {@link #voices()}.
     *
     * @throws IllegalArgumentException when the engine has no voice of that name
     */
    Narrator withVoice(String name);
}
