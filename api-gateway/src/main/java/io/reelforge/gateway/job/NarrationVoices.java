package io.reelforge.gateway.job;

import io.reelforge.common.job.JobKind;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobRequest;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.pipeline.Pipeline;
import io.reelforge.common.voice.Languages;
import io.reelforge.common.voice.RunningVoices;
import io.reelforge.common.voice.VoiceRegistry;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Refuses at submit ({@code 422}) a video whose narration no running media worker can voice, rather than let a
 * worker fail it later or, worse, read a German script with an English voice. What the workers voice comes from
 * the registry they keep in Redis ({@link VoiceRegistry}).
 *
 * <p>When no worker is registered at all, every language is accepted: the workers may all be scaled to zero (KEDA
 * starts them when jobs wait), and refusing jobs then would keep them at zero for good. A job that then lands on a
 * worker that cannot voice it fails with {@code voice_unavailable}. Jobs that are not narrated ({@code narration:
 * none}) and jobs that render nothing (scrape, script) need no voice.
 */
@Component
public class NarrationVoices {

    /** How to voice another language: what a 422 for a language tells the client (and its operator). */
    static final String HOW_TO_ADD = "To voice it, give the media workers a speech engine that speaks it: set"
            + " OPENAI_API_KEY (OpenAI's speech speaks 57 languages), or point them at an OpenAI-compatible speech"
            + " server such as a self-hosted Kokoro or Piper server with REELFORGE_MEDIA_TTS_ENGINE=openai,"
            + " OPENAI_BASE_URL=http://<server>/v1 and REELFORGE_MEDIA_OPENAI_LANGUAGES=<the languages it speaks>"
            + " (and REELFORGE_MEDIA_OPENAI_VOICES=<name:language, ...> for voices of one language each)."
            + " Or ask for \"narration\": \"none\": captions and music without a voice, in any language.";

    private final VoiceRegistry registry;

    public NarrationVoices(VoiceRegistry registry) {
        this.registry = registry;
    }

    /** What the running workers voice now, for checking many requests (a batch's items) against one reading. */
    public RunningVoices running() {
        return registry.running();
    }

    /** @throws NotVoicedException when the job is to be narrated in a language or voice no running worker has */
    public void check(JobKind kind, JobRequest request) {
        if (needsVoice(kind, request)) {
            check(request, registry.running());
        }
    }

    /** The same check against what the workers voiced at one moment. */
    public void check(JobKind kind, JobRequest request, RunningVoices running) {
        if (needsVoice(kind, request)) {
            check(request, running);
        }
    }

    private static boolean needsVoice(JobKind kind, JobRequest request) {
        return Pipeline.runs(kind, JobStatus.RENDERING) && request.options().narrated();
    }

    private static void check(JobRequest request, RunningVoices running) {
        if (running.isEmpty()) {
            return; // no worker runs now (scaled to zero): the one that starts for this job judges it
        }
        String language = languageOf(request);
        @Nullable String voice = request.options().voice();
        if (running.canVoice(language, voice)) {
            return;
        }
        List<String> voices = List.copyOf(running.voicesFor(language));
        if (voices.isEmpty()) {
            List<String> languages = List.copyOf(running.languages());
            throw new NotVoicedException(NotVoicedException.Reason.LANGUAGE, "language",
                    "must be a language a running media worker voices: " + String.join(", ", languages) + "; "
                            + language + " is not",
                    "No running media worker can voice " + language + " (" + name(language) + "); they voice "
                            + String.join(", ", languages) + ". " + HOW_TO_ADD, language, languages);
        }
        throw new NotVoicedException(NotVoicedException.Reason.VOICE, "voice",
                "must be one of the voices for " + language + ": " + String.join(", ", voices),
                "No running media worker has the voice " + voice + " for " + language + "; the voices for " + language
                        + " are " + String.join(", ", voices) + ". Leave voice out for the workers' own choice,"
                        + " or give the media workers the voice (REELFORGE_MEDIA_OPENAI_VOICES for an"
                        + " OpenAI-compatible speech server).", language, voices);
    }

    /** The language the narration is in: the client's own script's, else the one the script will be written in. */
    static String languageOf(JobRequest request) {
        JobOptions options = request.options();
        return request.script() != null && request.script().language() != null
                && !request.script().language().isBlank() ? request.script().language() : options.language();
    }

    private static String name(String tag) {
        String name = Locale.forLanguageTag(Languages.primary(tag)).getDisplayLanguage(Locale.ENGLISH);
        return name.isBlank() ? "unknown language" : name;
    }
}
