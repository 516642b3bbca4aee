package io.reelforge.media.speech;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.voice.Voice;
import io.reelforge.common.voice.VoiceOffer;
import org.jspecify.annotations.Nullable;

/**
 * Picks the voice that reads a job, by the rule the gateway checked the job against ({@link VoiceOffer#choose}):
 * the job's own voice, else the worker's default when it speaks the job's language, else another that does. A job
 * no voice here can read fails with {@code voice_unavailable} before anything is spoken, never read in a voice of
 * another language. The gateway refuses such jobs at submit when it knows of this worker; this is for the worker
 * configured unlike those the gateway heard of, or started after the job was accepted.
 */
public final class JobVoice {

    private JobVoice() {
    }

    /**
     * @param languageTag the language of the script (BCP 47)
     * @param voice the voice the job names, or null for the worker's choice
     * @throws PermanentJobFailure with {@code voice_unavailable} when no voice of the narrator fits
     */
    public static Narrator narrator(Narrator narrator, String languageTag, @Nullable String voice) {
        VoiceOffer offer = narrator.voices();
        Voice chosen = offer.choose(languageTag, voice).orElseThrow(() -> unavailable(offer, languageTag, voice));
        return chosen.name().equals(offer.defaultVoice()) ? narrator : narrator.withVoice(chosen.name());
    }

    private static PermanentJobFailure unavailable(VoiceOffer offer, String languageTag, @Nullable String voice) {
        String speaks = String.join(", ", offer.languages());
        if (offer.voicesFor(languageTag).isEmpty()) {
            return new PermanentJobFailure(ErrorCode.VOICE_UNAVAILABLE, "This media worker cannot voice " + languageTag
                    + ": its narrator (" + offer.engine() + ") speaks " + speaks + ". Give the media workers a voice"
                    + " for it (OPENAI_API_KEY, or an OpenAI-compatible speech server), or ask for narration none.");
        }
        return new PermanentJobFailure(ErrorCode.VOICE_UNAVAILABLE, "This media worker has no voice " + voice + " for "
                + languageTag + "; its voices for " + languageTag + " are "
                + String.join(", ", offer.voicesFor(languageTag)) + ".");
    }
}
