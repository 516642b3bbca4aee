package io.reelforge.media.speech;

/**
 * Speaks one piece of narration. Implementations throw {@link io.reelforge.common.stage.PermanentJobFailure} when
 * another attempt cannot help (a refused key) and {@link io.reelforge.common.stage.TransientJobFailure} when it
 * may (a network error, an overloaded service), both with {@code tts_failed}.
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
}
