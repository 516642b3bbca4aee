package io.reelforge.media.local;

import io.reelforge.common.json.Json;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.compose.ComposerWarmUp;
import io.reelforge.media.encode.EncoderSettings;
import io.reelforge.media.encode.Mp4Encoder;
import io.reelforge.media.image.ImageDecoder;
import io.reelforge.media.render.RenderedVideo;
import io.reelforge.media.render.VideoRenderer;
import io.reelforge.media.speech.MaryTtsNarrator;
import io.reelforge.media.text.TextPainter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Renders a spec file to {@code OUT.mp4} with {@code OUT.jpg}, {@code OUT.vtt} and {@code OUT.srt} beside it, with
 * the worker's defaults (30 fps, libx264 veryfast crf 23, AAC 128 kb/s, MaryTTS voice cmu-slt-hsmm).
 */
public final class LocalRender {

    /**
     * @param format a format name that wins over the spec's, or null
     * @param captions burn captions in or not, winning over the spec's choice, or null
     */
    public record Options(@Nullable String format, @Nullable Boolean captions, String encoder, String preset, int crf,
            int composeThreads) {

        public static Options defaults() {
            return new Options(null, null, "libx264", "veryfast", 23, 2);
        }
    }

    /** @param renderSeconds the time from reading the spec to the last file written */
    public record Result(Path video, Path thumbnail, Path captionsVtt, Path captionsSrt, RenderedVideo rendered,
            double renderSeconds) {
    }

    private LocalRender() {
    }

    public static RenderSpec readSpec(Path specFile) throws IOException {
        try {
            return Json.mapper().readValue(specFile.toFile(), RenderSpec.class);
        } catch (RuntimeException e) {
            throw new IOException("cannot read the spec " + specFile + ": " + e.getMessage(), e);
        }
    }

    public static Result render(Path specFile, Path out, Options options) throws IOException {
        long started = System.nanoTime();
        // a fresh JVM compiles the per-pixel code while the spec's images and sound are read, not during the frames
        CompletableFuture.runAsync(ComposerWarmUp::ensureDone);
        RenderSpec spec = readSpec(specFile);
        Path target = out.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path work = Files.createTempDirectory(target.getParent(), ".render-");
        try {
            TextPainter painter = new TextPainter();
            SpecRenderer renderer = new SpecRenderer(new ImageDecoder(50_000_000, 200),
                    () -> new MaryTtsNarrator("cmu-slt-hsmm"),
                    format -> new VideoRenderer(new Mp4Encoder(new EncoderSettings(format.width(), format.height(), 30,
                            options.encoder(), options.preset(), options.crf(), 128_000,
                            MediaProperties.AUDIO_SAMPLE_RATE, options.composeThreads())), painter,
                            Duration.ofMillis(400), -16),
                    Duration.ofMillis(250));
            Path specDir = specFile.toAbsolutePath().getParent();
            RenderedVideo rendered = renderer.render(spec, specDir, work, options.format(), options.captions(),
                    f -> { });
            String base = target.getFileName().toString().replaceFirst("\\.mp4$", "");
            Path video = move(rendered.video(), target);
            Path thumbnail = move(rendered.thumbnail(), target.resolveSibling(base + ".jpg"));
            Path vtt = move(rendered.captionsVtt(), target.resolveSibling(base + ".vtt"));
            Path srt = move(rendered.captionsSrt(), target.resolveSibling(base + ".srt"));
            return new Result(video, thumbnail, vtt, srt, rendered, (System.nanoTime() - started) / 1e9);
        } finally {
            try (Stream<Path> paths = Files.walk(work)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    private static Path move(Path from, Path to) throws IOException {
        return Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
    }
}
