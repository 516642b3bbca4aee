package io.reelforge.media.speech;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.TransientJobFailure;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.locks.ReentrantLock;
import marytts.LocalMaryInterface;
import marytts.exceptions.MaryConfigurationException;
import marytts.exceptions.SynthesisException;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.w3c.dom.Document;

/**
 * Offline narration with MaryTTS. The engine takes over a second to start, so it is started on first use and
 * then kept. MaryTTS keeps its engine in process-wide static state and is not thread-safe, so every call in the
 * JVM is serialised through one process-wide lock, also when several worker contexts share a JVM (tests, the
 * standalone launcher).
 *
 * <p>Each text is spoken in two steps, so the words' timings come with the audio at the cost of one synthesis: the
 * text is first analysed into MaryXML with every phone's and pause's duration ({@code ACOUSTPARAMS}), then that
 * document is synthesised, which writes the durations it realised back into it. The audio is the same as that of
 * speaking the text in one call, which runs the same modules.
 */
public final class MaryTtsNarrator implements Narrator {

    private static final Logger log = LoggerFactory.getLogger(MaryTtsNarrator.class);
    private static final ReentrantLock ENGINE_LOCK = new ReentrantLock();
    // MaryTTS's data types, by the names its interface takes
    private static final String TEXT = "TEXT";
    private static final String ACOUSTPARAMS = "ACOUSTPARAMS";
    private static final String AUDIO = "AUDIO";

    private final String voice;
    private final Locale voiceLocale;
    private @Nullable LocalMaryInterface mary; // guarded by ENGINE_LOCK

    /** @param voice a MaryTTS voice installed on the class path; {@code cmu-slt-hsmm} speaks US English */
    public MaryTtsNarrator(String voice) {
        this(voice, Locale.US);
    }

    public MaryTtsNarrator(String voice, Locale voiceLocale) {
        this.voice = voice;
        this.voiceLocale = voiceLocale;
    }

    @Override
    public Speech synthesize(String text) {
        ENGINE_LOCK.lock();
        try {
            LocalMaryInterface engine = started();
            engine.setLocale(voiceLocale);
            engine.setVoice(voice);
            engine.setInputType(TEXT);
            engine.setOutputType(ACOUSTPARAMS);
            Document plan = engine.generateXML(text);
            engine.setInputType(ACOUSTPARAMS);
            engine.setOutputType(AUDIO);
            PcmAudio audio = PcmDecoding.fromStream(engine.generateAudio(plan));
            List<WordTiming> words = WordAlignment.align(ScriptWords.of(text),
                    MaryTimings.tokens(plan.getDocumentElement()), audio.seconds());
            return new Speech(audio, words);
        } catch (SynthesisException | IllegalArgumentException e) {
            // the same text and voice fail the same way next time
            throw new PermanentJobFailure(ErrorCode.TTS_FAILED, "MaryTTS could not speak the narration with voice "
                    + voice + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new TransientJobFailure(ErrorCode.TTS_FAILED, "MaryTTS audio could not be read", e);
        } finally {
            ENGINE_LOCK.unlock();
        }
    }

    @Override
    public String voice() {
        return voice + "@" + voiceLocale.toLanguageTag();
    }

    @Override
    public String engine() {
        return "marytts";
    }

    private LocalMaryInterface started() {
        if (mary == null) {
            long started = System.nanoTime();
            try {
                mary = new LocalMaryInterface();
            } catch (MaryConfigurationException e) {
                throw new TransientJobFailure(ErrorCode.TTS_FAILED, "the MaryTTS engine did not start", e);
            }
            log.info("MaryTTS started in {} ms (voice {})", (System.nanoTime() - started) / 1_000_000, voice);
        }
        return mary;
    }
}
