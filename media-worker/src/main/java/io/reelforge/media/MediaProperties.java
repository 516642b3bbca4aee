package io.reelforge.media;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import io.reelforge.media.render.VideoFormat;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the media worker, under {@code reelforge.media.*}. The defaults render a 720x1280 H.264 video
 * offline (MaryTTS) on one machine.
 *
 * @param width frame width in pixels (even: yuv420p halves it for chroma), unless {@code format} is set
 * @param height frame height in pixels (even), unless {@code format} is set
 * @param format a named frame size ({@code 9:16}, {@code 9:16@1080}, {@code 1:1}, {@code 4:5}, {@code 16:9},
 *     {@code 16:9@720}) or {@code WIDTHxHEIGHT}; overrides width and height
 * @param encoder the H.264 encoder: {@code libx264}, or {@code h264_nvenc} (falls back to libx264 without NVENC)
 * @param composeThreads threads composing frames while the encoder runs
 * @param captions whether captions are burned into the picture (caption files are written either way)
 * @param preset the libx264 preset: speed against file size
 * @param crf the libx264 constant rate factor: lower is better looking and larger
 * @param crossfade how long two scenes blend into each other, centred on their boundary
 * @param breath silence after each scene's narration, so sentences do not run into each other
 * @param renderTimeout how long one render may take before the job fails with {@code timeout}
 * @param workDir where renders write their temporary files; the system's temporary directory when unset
 * @param loudnessTarget the narration's integrated loudness in LUFS (ITU-R BS.1770)
 * @param music background music for every video (a file or an http(s) URL), ducked under the voice; none when unset
 * @param speechCache where spoken sentences are kept; {@code .speech-cache} under the artifact root when unset
 * @param concurrency renders at once in one worker, each on its own consumer thread (at most
 *     {@code reelforge.kafka.partitions}); one by default, as a render keeps about two cores busy
 * @param shutdownGrace how long a render in progress may go on once the worker is told to stop (SIGTERM); a render
 *     still running then is handed back to another media worker. Zero hands every render back at once. The
 *     platform's own grace (Kubernetes' {@code terminationGracePeriodSeconds}) must exceed it by
 *     {@link #SHUTDOWN_ALLOWANCE} at least, or the worker is killed before it has handed the render back
 * @param warmUp whether a worker renders a short video a second after it is ready, unless a job has come by then,
 *     so the JIT has compiled the render's code before an idle worker's first job (a job that arrives during it
 *     stops it)
 */
@Validated
@ConfigurationProperties("reelforge.media")
public record MediaProperties(
        @Min(16) @Max(4096) @DefaultValue("720") int width,
        @Min(16) @Max(4096) @DefaultValue("1280") int height,
        @Nullable String format,
        @Min(1) @Max(60) @DefaultValue("30") int fps,
        @NotBlank @DefaultValue("libx264") String encoder,
        @Min(1) @Max(16) @DefaultValue("2") int composeThreads,
        @DefaultValue("true") boolean captions,
        @NotBlank @DefaultValue("veryfast") String preset,
        @Min(0) @Max(51) @DefaultValue("23") int crf,
        @Min(32_000) @DefaultValue("128000") int audioBitrate,
        @NotNull @DefaultValue("400ms") Duration crossfade,
        @NotNull @DefaultValue("250ms") Duration breath,
        @NotNull @DefaultValue("10m") Duration renderTimeout,
        @Nullable Path workDir,
        @Max(0) @Min(-40) @DefaultValue("-16") double loudnessTarget,
        @Nullable String music,
        @Nullable Path speechCache,
        @Valid @NotNull @DefaultValue Tts tts,
        @Valid @NotNull @DefaultValue OpenAi openai,
        @Valid @NotNull @DefaultValue Images images,
        @Min(1) @Max(16) @DefaultValue(DEFAULT_CONCURRENCY) int concurrency,
        @NotNull @DefaultValue(DEFAULT_SHUTDOWN_GRACE) Duration shutdownGrace,
        @DefaultValue("true") boolean warmUp) {

    /** One render at a time: x264 and the frame composer already keep about two cores busy. */
    public static final String DEFAULT_CONCURRENCY = "1";

    /**
     * Within Kubernetes' default {@code terminationGracePeriodSeconds} (30 s) for a render that finishes; 45 s leaves
     * room for a hand-back too ({@link #SHUTDOWN_ALLOWANCE}).
     */
    public static final String DEFAULT_SHUTDOWN_GRACE = "25s";

    /**
     * What a stop may take beyond the grace: a render told to stop notices it at its next progress report, gives the
     * job back and lets its consumer close.
     */
    public static final Duration SHUTDOWN_ALLOWANCE = Duration.ofSeconds(10);

    /** The sample rate of the narration track; every voice is resampled to it. */
    public static final int AUDIO_SAMPLE_RATE = 48_000;

    @AssertTrue(message = "reelforge.media.width and reelforge.media.height must be even numbers (yuv420p)")
    public boolean isFrameSizeEven() {
        return width % 2 == 0 && height % 2 == 0;
    }

    @AssertTrue(message = "reelforge.media.format must be 9:16, 9:16@1080, 1:1, 4:5, 16:9, 16:9@720 or WIDTHxHEIGHT")
    public boolean isFormatKnown() {
        try {
            videoFormat();
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The frame size: {@code format} when set, otherwise {@code width} x {@code height}. */
    public VideoFormat videoFormat() {
        return format == null || format.isBlank() ? new VideoFormat(width + "x" + height, width, height)
                : VideoFormat.parse(format);
    }

    @AssertTrue(message = "reelforge.media.render-timeout must be positive")
    public boolean isRenderTimeoutPositive() {
        return renderTimeout.isPositive();
    }

    @AssertTrue(message = "reelforge.media.shutdown-grace must not be negative")
    public boolean isShutdownGraceNotNegative() {
        return !shutdownGrace.isNegative();
    }

    /** OpenAI's own service needs a key; a self-hosted server speaking its API (Kokoro, Piper) usually reads none. */
    @AssertTrue(message = "reelforge.media.tts.engine is openai, but no OpenAI API key is set (OPENAI_API_KEY)")
    public boolean isOpenAiKeyPresentWhenRequired() {
        return tts.engine() != TtsEngine.OPENAI || openai.hasApiKey() || !openai.isOpenAiService();
    }

    /** Which speech engine narrates: {@code auto} picks OpenAI when a key is set, MaryTTS (offline) otherwise. */
    public enum TtsEngine {
        AUTO, OPENAI, MARYTTS
    }

    /**
     * @param engine which speech engine narrates
     * @param voice the MaryTTS voice
     */
    public record Tts(@NotNull @DefaultValue("auto") TtsEngine engine, @NotBlank @DefaultValue("cmu-slt-hsmm") String voice) {

        /** The engine that will actually narrate, given whether an OpenAI key is present. */
        public TtsEngine resolve(boolean openAiKeyPresent) {
            return switch (engine) {
                case AUTO -> openAiKeyPresent ? TtsEngine.OPENAI : TtsEngine.MARYTTS;
                case OPENAI, MARYTTS -> engine;
            };
        }
    }

    /**
     * The OpenAI speech endpoint (or any server speaking its API, such as a self-hosted Kokoro or Piper server).
     *
     * @param apiKey bound from {@code OPENAI_API_KEY} only; never logged
     * @param voice the voice of jobs that name none (when it speaks their language)
     * @param maxRetries retries of the client itself before the job's own retry
     * @param speed how fast the voice speaks, 0.25 to 4 (OpenAI's range); 1 is the voice's natural pace
     * @param instructions how the voice should sound ("Speak warmly"), for models that take instructions
     *     ({@code gpt-4o-mini-tts}); not sent when unset
     * @param languages the languages the endpoint speaks (BCP 47 primary subtags: {@code en}, {@code de}); unset:
     *     the 57 of OpenAI's documentation for OpenAI's own service, {@code en} alone for any other server
     * @param voices the voices jobs may name, each {@code name} (it speaks every one of {@code languages}) or
     *     {@code name:lang+lang} (only those: {@code thorsten:de}); unset: OpenAI's documented voices for its own
     *     service (fewer for {@code tts-1}), {@code voice} alone for any other server
     */
    public record OpenAi(
            @NotNull @DefaultValue("") String apiKey,
            @NotBlank @DefaultValue("https://api.openai.com/v1") String baseUrl,
            @NotBlank @DefaultValue("gpt-4o-mini-tts") String model,
            @NotBlank @DefaultValue("alloy") String voice,
            @NotNull @DefaultValue("60s") Duration timeout,
            @Min(0) @DefaultValue("2") int maxRetries,
            @DecimalMin("0.25") @DecimalMax("4.0") @DefaultValue("1.0") double speed,
            @Nullable @Size(max = 4096) String instructions,
            @NotNull @DefaultValue List<@Pattern(regexp = LANGUAGE, message = LANGUAGE_MESSAGE) String> languages,
            @NotNull @DefaultValue List<@Pattern(regexp = VOICE_ENTRY, message = VOICE_ENTRY_MESSAGE) String> voices) {

        static final String LANGUAGE = "[A-Za-z]{2,3}";
        static final String LANGUAGE_MESSAGE = "must be a language's primary subtag (en, de, pt)";
        static final String VOICE_ENTRY = "[A-Za-z0-9][A-Za-z0-9_.-]{0,39}(:[A-Za-z]{2,3}(\\+[A-Za-z]{2,3})*)?";
        static final String VOICE_ENTRY_MESSAGE = "must be a voice name, or name:lang+lang (thorsten:de)";

        @ConstructorBinding
        public OpenAi {
            languages = List.copyOf(languages);
            voices = List.copyOf(voices);
        }

        /** The endpoint with what it speaks left to the defaults. */
        public OpenAi(String apiKey, String baseUrl, String model, String voice, Duration timeout, int maxRetries,
                double speed, @Nullable String instructions) {
            this(apiKey, baseUrl, model, voice, timeout, maxRetries, speed, instructions, List.of(), List.of());
        }

        public boolean hasApiKey() {
            return !apiKey.isBlank();
        }

        /** Whether the base URL is OpenAI's own service, rather than another server that speaks its API. */
        public boolean isOpenAiService() {
            try {
                String host = URI.create(baseUrl.strip()).getHost();
                return host != null && host.equalsIgnoreCase("api.openai.com");
            } catch (IllegalArgumentException e) {
                return false;
            }
        }

        /** The instructions, or none when unset or blank. */
        public Optional<String> voiceInstructions() {
            return instructions == null || instructions.isBlank() ? Optional.empty() : Optional.of(instructions.strip());
        }

        @Override
        public String toString() {
            return "OpenAi[apiKey=" + (hasApiKey() ? "(set)" : "(none)") + ", baseUrl=" + baseUrl + ", model=" + model
                    + ", voice=" + voice + ", speed=" + speed + ", instructions=" + voiceInstructions().orElse("(none)")
                    + ", timeout=" + timeout + ", maxRetries=" + maxRetries + ", languages=" + languages
                    + ", voices=" + voices + "]";
        }
    }

    /**
     * @param maxPixels images with more pixels are refused before they are decoded (decompression bombs)
     * @param minShortSide images whose shorter side is smaller are skipped: they would be a blur at full frame
     * @param maxCount how many of a product's images are downloaded at most
     */
    public record Images(
            @Min(1) @DefaultValue("50000000") long maxPixels,
            @Min(1) @DefaultValue("200") int minShortSide,
            @Min(1) @DefaultValue("10") int maxCount) {
    }
}
