package io.reelforge.media.worker;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.media.MediaProperties;
import io.reelforge.media.MediaProperties.TtsEngine;
import io.reelforge.media.speech.MaryTtsNarrator;
import io.reelforge.media.speech.Narrator;
import io.reelforge.media.speech.OpenAiSpeechNarrator;
import io.reelforge.media.testing.TinyMedia;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;

class MediaWorkerConfigurationTest {

    private final ApplicationContextRunner properties = new ApplicationContextRunner()
            .withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
            .withUserConfiguration(PropertiesOnly.class);

    @Test
    void withAnApiKeyTheAutomaticChoiceIsOpenAi() throws Exception {
        Narrator narrator = MediaWorkerConfiguration.speechEngine(withTts(TtsEngine.AUTO, "sk-test"));

        assertThat(narrator).isInstanceOf(OpenAiSpeechNarrator.class);
        ((OpenAiSpeechNarrator) narrator).close();
    }

    @Test
    void withoutAnApiKeyTheAutomaticChoiceIsMaryTts() {
        assertThat(MediaWorkerConfiguration.speechEngine(withTts(TtsEngine.AUTO, "")))
                .isInstanceOf(MaryTtsNarrator.class);
    }

    @Test
    void maryTtsCanBeChosenEvenWithAKey() {
        assertThat(MediaWorkerConfiguration.speechEngine(withTts(TtsEngine.MARYTTS, "sk-test")))
                .isInstanceOf(MaryTtsNarrator.class);
    }

    @Test
    void theDefaultsRenderA720x1280VideoAt30FramesPerSecond() {
        properties.run(context -> {
            MediaProperties settings = context.getBean(MediaProperties.class);
            assertThat(settings.width()).isEqualTo(720);
            assertThat(settings.height()).isEqualTo(1280);
            assertThat(settings.fps()).isEqualTo(30);
            assertThat(settings.crossfade()).isEqualTo(Duration.ofMillis(400));
            assertThat(settings.renderTimeout()).isEqualTo(Duration.ofMinutes(10));
            assertThat(settings.tts().engine()).isEqualTo(TtsEngine.AUTO);
            assertThat(settings.openai().model()).isEqualTo("gpt-4o-mini-tts");
            assertThat(settings.openai().speed()).isEqualTo(1.0);
            assertThat(settings.openai().voiceInstructions()).isEmpty();
            assertThat(settings.images().maxPixels()).isEqualTo(50_000_000L);
            assertThat(settings.shutdownGrace()).isEqualTo(Duration.ofSeconds(25));
        });
    }

    @Test
    void aNegativeShutdownGraceStopsTheStartNamingTheSetting() {
        properties.withPropertyValues("reelforge.media.shutdown-grace=-1s").run(context ->
                assertThat(context.getStartupFailure()).rootCause()
                        .hasMessageContaining("reelforge.media.shutdown-grace"));
    }

    @Test
    void anOddFrameSizeStopsTheStartNamingTheSetting() {
        properties.withPropertyValues("reelforge.media.width=721").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("reelforge.media.width"));
    }

    @Test
    void speedAndInstructionsAreBoundFromTheirSettings() {
        properties.withPropertyValues("reelforge.media.openai.speed=1.5",
                "reelforge.media.openai.instructions=Speak warmly.").run(context -> {
                    MediaProperties.OpenAi openAi = context.getBean(MediaProperties.class).openai();
                    assertThat(openAi.speed()).isEqualTo(1.5);
                    assertThat(openAi.voiceInstructions()).contains("Speak warmly.");
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0.2", "4.5"})
    void aSpeedOutsideOpenAisRangeStopsTheStartNamingTheSetting(String speed) {
        properties.withPropertyValues("reelforge.media.openai.speed=" + speed).run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("openai.speed"));
    }

    @Test
    void choosingOpenAiWithoutAKeyStopsTheStart() {
        properties.withPropertyValues("reelforge.media.tts.engine=openai").run(context ->
                assertThat(context.getStartupFailure()).rootCause().hasMessageContaining("OPENAI_API_KEY"));
    }

    private static MediaProperties withTts(TtsEngine engine, String apiKey) {
        MediaProperties tiny = TinyMedia.settings(Path.of("target"));
        return new MediaProperties(tiny.width(), tiny.height(), tiny.format(), tiny.fps(), tiny.encoder(),
                tiny.composeThreads(), tiny.captions(), tiny.preset(), tiny.crf(),
                tiny.audioBitrate(), tiny.crossfade(), tiny.breath(), tiny.renderTimeout(), tiny.workDir(), tiny.loudnessTarget(), tiny.music(), tiny.speechCache(),
                new MediaProperties.Tts(engine, "cmu-slt-hsmm"),
                new MediaProperties.OpenAi(apiKey, "http://127.0.0.1:9/v1", "tts-1", "alloy", Duration.ofSeconds(1), 0, 1.0, null),
                tiny.images(), tiny.concurrency(), tiny.shutdownGrace(), tiny.warmUp());
    }

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties(MediaProperties.class)
    static class PropertiesOnly {
    }
}
