package io.reelforge.media.testing;

import io.reelforge.media.MediaProperties;
import java.nio.file.Path;
import java.time.Duration;

/** Media settings for fast tests: a 144x256 frame, otherwise the production defaults. */
public final class TinyMedia {

    public static final int WIDTH = 144;
    public static final int HEIGHT = 256;
    public static final Duration BREATH = Duration.ofMillis(250);

    private TinyMedia() {
    }

    public static MediaProperties settings(Path workDir, Duration renderTimeout, MediaProperties.OpenAi openAi) {
        return new MediaProperties(WIDTH, HEIGHT, 30, "veryfast", 23, 128_000, Duration.ofMillis(400), BREATH,
                renderTimeout, workDir, new MediaProperties.Tts(MediaProperties.TtsEngine.MARYTTS, "cmu-slt-hsmm"),
                openAi, new MediaProperties.Images(50_000_000, 200, 10));
    }

    public static MediaProperties settings(Path workDir) {
        return settings(workDir, Duration.ofMinutes(10), noOpenAi());
    }

    public static MediaProperties.OpenAi noOpenAi() {
        return new MediaProperties.OpenAi("", "https://api.openai.com/v1", "gpt-4o-mini-tts", "alloy",
                Duration.ofSeconds(5), 0);
    }
}
