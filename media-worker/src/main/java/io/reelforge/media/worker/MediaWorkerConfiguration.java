package io.reelforge.media.worker;

import io.micrometer.core.instrument.MeterRegistry;
import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.common.stage.StageExecutor;
import io.reelforge.common.stage.StageHandBack;
import io.reelforge.common.voice.VoiceRegistration;
import io.reelforge.common.voice.VoiceRegistry;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.MediaProperties.TtsEngine;
import io.reelforge.media.audio.MusicSource;
import io.reelforge.media.brand.BrandLooks;
import io.reelforge.media.brand.LogoSource;
import io.reelforge.media.compose.ComposerWarmUp;
import io.reelforge.media.compose.VectorSupport;
import io.reelforge.media.encode.EncoderSettings;
import io.reelforge.media.encode.Mp4Encoder;
import io.reelforge.media.image.ImageDecoder;
import io.reelforge.media.image.ImageFetcher;
import io.reelforge.media.render.VideoFormat;
import io.reelforge.media.render.VideoRenderer;
import io.reelforge.media.speech.CachingNarrator;
import io.reelforge.media.speech.MaryTtsNarrator;
import io.reelforge.media.speech.Narrator;
import io.reelforge.media.speech.OpenAiSpeechNarrator;
import io.reelforge.media.text.TextPainter;
import io.reelforge.media.worker.shutdown.HandBackOnShutdown;
import io.reelforge.media.worker.shutdown.InFlightRenders;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Locale;
import org.bytedeco.ffmpeg.global.avutil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the render pipeline from {@link MediaProperties}. */
@Configuration(proxyBeanMethods = false)
public class MediaWorkerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(MediaWorkerConfiguration.class);

    MediaWorkerConfiguration() {
        // FFmpeg prints every probe and stream summary to stderr by default; errors are enough in a worker's log.
        // This also loads the native libraries at start-up, so a broken install fails the start, not the first job.
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
    }

    @Bean
    Narrator narrator(MediaProperties settings, ReelforgeProperties common) {
        Path cache = settings.speechCache() != null ? settings.speechCache()
                : common.artifacts().root().resolve(".speech-cache");
        return new CachingNarrator(speechEngine(settings), cache);
    }

    static Narrator speechEngine(MediaProperties settings) {
        TtsEngine engine = settings.tts().resolve(settings.openai().hasApiKey());
        Narrator narrator = switch (engine) {
            case OPENAI -> new OpenAiSpeechNarrator(settings.openai());
            case MARYTTS, AUTO -> new MaryTtsNarrator(settings.tts().voice());
        };
        log.info("narration by {} ({}), in {} with {} voice(s)", engine.name().toLowerCase(Locale.ROOT),
                engine == TtsEngine.OPENAI ? settings.openai().model() + " at " + settings.openai().baseUrl()
                        : "voice " + settings.tts().voice(), String.join(", ", narrator.languages()),
                narrator.voices().voices().size());
        return narrator;
    }

    /** Tells the gateway, through Redis, what this worker can voice, for as long as it runs. */
    @Bean
    VoiceRegistration voiceRegistration(VoiceRegistry registry, Narrator narrator, StageExecutor executor) {
        return new VoiceRegistration(registry, executor.workerId(), narrator.voices());
    }

    /** Decodes the store's pictures for the jobs, and the warm-up's as a store's would be. */
    @Bean
    ImageDecoder imageDecoder(MediaProperties settings) {
        return new ImageDecoder(settings.images().maxPixels(), settings.images().minShortSide());
    }

    @Bean
    ImageFetcher imageFetcher(SafeHttpClient http, ImageDecoder imageDecoder, MediaProperties settings) {
        return new ImageFetcher(http, imageDecoder, settings.images().maxCount());
    }

    @Bean
    Mp4Encoder mp4Encoder(MediaProperties settings) {
        VideoFormat format = settings.videoFormat();
        return new Mp4Encoder(new EncoderSettings(format.width(), format.height(), settings.fps(), settings.encoder(),
                settings.preset(), settings.crf(), settings.audioBitrate(), MediaProperties.AUDIO_SAMPLE_RATE,
                settings.composeThreads()));
    }

    @Bean
    VideoRenderer videoRenderer(Mp4Encoder mp4Encoder, MediaProperties settings) {
        log.info("composing frames with {}", VectorSupport.describe());
        if (System.getenv("MALLOC_MMAP_THRESHOLD_") == null && System.getProperty("os.name").startsWith("Linux")) {
            log.info("MALLOC_MMAP_THRESHOLD_ is not set: the H.264 encoder's frames may stay resident after use and"
                    + " raise the worker's peak memory by about 50 MB (./reelforge and the container image set it to"
                    + " 131072)");
        }
        // compiles the per-pixel code now, beside the rest of the start-up: a worker started for a backlog gets its
        // first job the moment it is ready, and without this that job waited 2.4 s for the compilation
        Thread.ofPlatform().daemon().name("compose-warm-up").start(ComposerWarmUp::ensureDone);
        return new VideoRenderer(mp4Encoder, new TextPainter(), settings.crossfade(), settings.loudnessTarget());
    }

    /** One short render once an idle worker has started, so its first job is not the one that warms the JIT up. */
    @Bean
    RenderWarmUp renderWarmUp(VideoRenderer videoRenderer, ImageDecoder imageDecoder, MediaProperties settings) {
        return new RenderWarmUp(videoRenderer, settings.videoFormat(), imageDecoder, RenderProcessor.workRoot(settings),
                settings.breath(), settings.warmUp(), RenderWarmUp.GRACE);
    }

    /**
     * The render as the listener runs it: after the warm-up, and handed back to another media worker when this one
     * stops mid-render.
     */
    @Bean
    HandBackOnShutdown renderOnThisWorker(RenderProcessor render, RenderWarmUp warmUp, InFlightRenders renders,
            JobTracker tracker, StageExecutor executor) {
        return new HandBackOnShutdown(warmUp.before(render), renders, new StageHandBack(tracker),
                executor.workerId());
    }

    @Bean
    RenderProcessor renderProcessor(MediaProperties settings, Narrator narrator, ImageFetcher imageFetcher,
            VideoRenderer videoRenderer, SafeHttpClient http, ArtifactStore artifactStore, Clock clock,
            MeterRegistry registry) {
        var processor = new RenderProcessor(settings, narrator, imageFetcher, videoRenderer, new MusicSource(http),
                artifactStore, clock, new RenderMetrics(registry),
                new BrandLooks(new LogoSource(imageFetcher, settings.images().maxPixels())));
        processor.removeAbandonedWorkDirs();
        return processor;
    }
}
