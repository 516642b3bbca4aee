package io.reelforge.standalone.cli;

import io.reelforge.media.compose.VectorSupport;
import io.reelforge.media.local.LocalRender;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.bytedeco.ffmpeg.global.avutil;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "render", description = "Renders a video from a local JSON spec (images, narration text or an audio"
        + " file, captions, format) without Kafka or Redis; writes OUT.mp4 with OUT.jpg, OUT.vtt and OUT.srt.")
public final class RenderCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SPEC.json", description = "the video spec (see media-worker/README.md)")
    Path spec;

    @Option(names = "--out", description = "where to write the MP4 (default ${DEFAULT-VALUE})", defaultValue = "out/render.mp4")
    Path out;

    @Option(names = "--format", description = "9:16, 9:16@1080, 1:1, 4:5, 16:9, 16:9@720 or WxH (default: the spec's, else 9:16)")
    String format;

    @Option(names = "--captions", negatable = true, description = "burn captions in (default: the spec's, else yes)")
    Boolean captions;

    @Option(names = "--encoder", description = "libx264 or h264_nvenc (default ${DEFAULT-VALUE})", defaultValue = "libx264")
    String encoder;

    @Option(names = "--preset", description = "x264 preset (default ${DEFAULT-VALUE})", defaultValue = "veryfast")
    String preset;

    @Option(names = "--crf", description = "x264 constant rate factor (default ${DEFAULT-VALUE})", defaultValue = "23")
    int crf;

    @Option(names = "--threads", description = "threads composing frames (default ${DEFAULT-VALUE})", defaultValue = "2")
    int threads;

    @Option(names = "--repeat", description = "render this many times in one process, printing the resident memory"
            + " after each (for finding leaks; default ${DEFAULT-VALUE})", defaultValue = "1")
    int repeat;

    @Override
    public Integer call() throws Exception {
        Logs.toDirectory(Path.of("data/render/logs"), "WARN");
        avutil.av_log_set_level(avutil.AV_LOG_ERROR);
        LocalRender.Options options = new LocalRender.Options(format, captions, encoder, preset, crf, threads);
        LocalRender.Result result = LocalRender.render(spec, out, options);
        for (int i = 2; i <= repeat; i++) {
            if (i == 2) {
                System.out.printf(Locale.ROOT, "render 1: %.2f s, resident %d MiB%n", result.renderSeconds(),
                        residentMiB());
            }
            result = LocalRender.render(spec, out, options);
            System.out.printf(Locale.ROOT, "render %d: %.2f s, resident %d MiB%n", i, result.renderSeconds(),
                    residentMiB());
        }
        var rendered = result.rendered();
        System.out.printf(Locale.ROOT, "Rendered %s: %d frames, %.2f s of video, %s, in %.2f s%n", result.video(),
                rendered.frames(), rendered.seconds(), rendered.codec(), result.renderSeconds());
        System.out.printf(Locale.ROOT, "  of which: before the encoder starts %.2f s; frames composed and encoded"
                + " %.2f s%n", rendered.prepareSeconds(), rendered.encodeSeconds());
        System.out.printf("  frames composed with %s%n", VectorSupport.describe());
        System.out.printf("Thumbnail %s, captions %s and %s (%d cues)%n", result.thumbnail(), result.captionsVtt(),
                result.captionsSrt(), rendered.cues().size());
        return 0;
    }

    /** This process's resident set size (heap, native buffers, FFmpeg), from /proc; -1 where there is none. */
    private static long residentMiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", "")) / 1024;
                }
            }
        } catch (IOException | NumberFormatException e) {
            // not Linux: nothing to report
        }
        return -1;
    }
}
