package io.reelforge.media.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.NarrationMode;
import io.reelforge.common.script.VideoScript;
import io.reelforge.common.testing.LocalArtifacts;
import io.reelforge.common.voice.VoiceOffer;
import io.reelforge.common.voice.VoiceRegistry;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.speech.AudioFiles;
import io.reelforge.media.speech.ReadingPace;
import io.reelforge.media.testing.Mp4Probe;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Every language voiced right by a worker that speaks only US English (MaryTTS as built): it says so in the registry,
 * refuses to read German rather than read it with English sounds, and renders a German video without a voice.
 */
class NarrationJobTest extends KafkaMediaWorkerTest {

    private static final List<String> GERMAN = List.of("Triff Aurora.",
            "Langsame Morgen, ganz einfach gemacht, jeden Tag aufs Neue mit Genuss.");

    @Autowired
    ArtifactStore artifacts;
    @Autowired
    VoiceRegistry registry;

    @Test
    void theRunningWorkerRegistersThatItSpeaksEnglishWithMaryTts() {
        await().atMost(Duration.ofSeconds(10)).until(() -> registry.running().offers().stream()
                .map(VoiceOffer::engine).anyMatch("marytts"::equals));

        VoiceOffer mary = registry.running().offers().stream().filter(o -> o.engine().equals("marytts")).findFirst()
                .orElseThrow();
        assertThat(mary.languages()).containsExactly("en");
        assertThat(mary.defaultVoice()).isEqualTo("cmu-slt-hsmm");
    }

    @Test
    void aGermanScriptFailsWithVoiceUnavailableInsteadOfBeingReadWithAnEnglishVoice() throws Exception {
        Job failed = renderAndAwait(german(), options("de", null, null), JobStatus.FAILED);

        assertThat(failed.error().code()).isEqualTo(ErrorCode.VOICE_UNAVAILABLE);
        assertThat(failed.error().message()).contains("cannot voice de", "speaks en");
        assertThat(artifacts.find(failed.id(), "video.mp4")).isEmpty();
    }

    @Test
    void aVoiceTheWorkerDoesNotHaveFailsTheJobNamingItsVoices() {
        Job failed = renderAndAwait(script("Meet Aurora."), options("en", "nova", null), JobStatus.FAILED);

        assertThat(failed.error().code()).isEqualTo(ErrorCode.VOICE_UNAVAILABLE);
        assertThat(failed.error().message()).contains("no voice nova", "cmu-slt-hsmm");
    }

    @Test
    void aVideoWithoutNarrationHasASilentSoundTrackAndLastsAsLongAsReadingItsCaptions() throws Exception {
        Job done = renderAndAwait(german(), options("de", null, NarrationMode.NONE), JobStatus.SUCCEEDED);

        Path video = LocalArtifacts.copy(artifacts.find(done.id(), "video.mp4").orElseThrow(), COPIES);
        double reading = GERMAN.stream().mapToDouble(text -> seconds(ReadingPace.CAPTIONS.timeFor(text)) + 0.25).sum();
        assertThat(reading).isCloseTo(2.25 + 11 * 60 / 160.0 + 0.25, within(1e-9));
        Mp4Probe probe = Mp4Probe.of(video);
        assertThat(probe.videoCodecs()).containsExactly("h264");
        assertThat(probe.audioCodecs()).containsExactly("aac");
        assertThat(probe.durationSeconds()).isCloseTo(reading, within(0.1));
        short[] sound = AudioFiles.decode(video, MediaProperties.AUDIO_SAMPLE_RATE).samples();
        assertThat(sound.length).isPositive();
        assertThat(sound).containsOnly((short) 0);
        String srt = LocalArtifacts.text(artifacts.find(done.id(), "captions.srt").orElseThrow());
        assertThat(srt).contains("Triff Aurora.");
    }

    private Job renderAndAwait(VideoScript script, JobOptions options, JobStatus status) {
        try {
            Job job = createRenderJob(UUID.randomUUID().toString(), script, options);
            sendRenderRequest(job);
            return awaitStatus(job.id(), status);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static VideoScript german() {
        VideoScript scenes = script(GERMAN.toArray(String[]::new));
        return new VideoScript("de", scenes.title(), null, scenes.scenes(), null);
    }

    private static JobOptions options(String language, @Nullable String voice, @Nullable NarrationMode narration) {
        return new JobOptions(30, language, null, null, null, null, null, null, null, voice, narration, null, null);
    }

    private static double seconds(Duration duration) {
        return duration.toNanos() / 1e9;
    }
}
