package io.reelforge.media.testing;

import io.reelforge.media.MediaProperties;
import io.reelforge.media.encode.EncoderSettings;
import io.reelforge.media.encode.Mp4Encoder;
import io.reelforge.media.render.VideoFormat;
import io.reelforge.media.render.VideoRenderer;
import io.reelforge.media.text.TextPainter;
import java.nio.file.Path;
import java.time.Duration;

/** Media settings for fast tests: a 144x256 frame, otherwise the production defaults. */
public final class TinyMedia {

    public static final int WIDTH = 144;
    public static final int HEIGHT = 256;
    /** Loading the font takes a moment: one painter serves all tests (it is immutable). */
    public static final TextPainter PAINTER = new TextPainter();
    public static final Duration BREATH = Duration.ofMillis(250);

    private TinyMedia() {
    }

    public static MediaProperties settings(Path workDir, Duration renderTimeout, MediaProperties.OpenAi openAi) {
        return new MediaProperties(WIDTH, HEIGHT, null, 30, "libx264", 2, true, "veryfast", 23, 128_000, Duration.ofMillis(400), BREATH,
                renderTimeout, workDir, -16, null, null, new MediaProperties.Tts(MediaProperties.TtsEngine.MARYTTS, "cmu-slt-hsmm"),
                openAi, new MediaProperties.Images(50_000_000, 200, 10), 1,
                Duration.ofSeconds(25), false);
    }

    public static MediaProperties settings(Path workDir) {
        return settings(workDir, Duration.ofMinutes(10), noOpenAi());
    }

    /** The renderer the worker would build from these settings. */
    public static VideoRenderer renderer(MediaProperties settings) {
        VideoFormat format = settings.videoFormat();
        return new VideoRenderer(new Mp4Encoder(new EncoderSettings(format.width(), format.height(), settings.fps(),
                settings.encoder(), settings.preset(), settings.crf(), settings.audioBitrate(),
                MediaProperties.AUDIO_SAMPLE_RATE, settings.composeThreads())), PAINTER, settings.crossfade(), settings.loudnessTarget());
    }

    public static MediaProperties.OpenAi noOpenAi() {
        return new MediaProperties.OpenAi("", "https://api.openai.com/v1", "gpt-4o-mini-tts", "alloy",
                Duration.ofSeconds(5), 0, 1.0, null);
    }
}
