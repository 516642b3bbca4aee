package io.reelforge.media.worker;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.job.Artifact;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageContext;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.stage.StageProcessor;
import io.reelforge.common.stage.TransientJobFailure;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.compose.FrameBlender;
import io.reelforge.media.compose.Timeline;
import io.reelforge.media.compose.YuvImage;
import io.reelforge.media.encode.Mp4Encoder;
import io.reelforge.media.encode.ThumbnailWriter;
import io.reelforge.media.image.FittedImage;
import io.reelforge.media.image.ImageFetcher;
import io.reelforge.media.image.ImageFitter;
import io.reelforge.media.image.ProductImages;
import io.reelforge.media.speech.NarrationTrack;
import io.reelforge.media.speech.Narrator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders one video: narrates the script, fetches and fits the product images, encodes picture and voice into
 * {@code video.mp4} with a {@code thumbnail.jpg}, and stores both. Knows nothing of Kafka. Work happens in a
 * private temporary directory that is removed however the render ends (done, failed, canceled, timed out).
 */
public final class RenderProcessor implements StageProcessor<RenderRequest> {

    public static final String VIDEO = "video.mp4";
    public static final String THUMBNAIL = "thumbnail.jpg";

    private static final Logger log = LoggerFactory.getLogger(RenderProcessor.class);
    // shares of the stage's progress: narration is slow, fetching images quick, encoding the rest
    private static final double NARRATION_SHARE = 0.3;
    private static final double IMAGES_SHARE = 0.1;

    private final MediaProperties settings;
    private final Narrator narrator;
    private final ImageFetcher images;
    private final ImageFitter fitter;
    private final Mp4Encoder encoder;
    private final ArtifactStore artifacts;
    private final Clock clock;

    public RenderProcessor(MediaProperties settings, Narrator narrator, ImageFetcher images, ImageFitter fitter,
            Mp4Encoder encoder, ArtifactStore artifacts, Clock clock) {
        this.settings = settings;
        this.narrator = narrator;
        this.images = images;
        this.fitter = fitter;
        this.encoder = encoder;
        this.artifacts = artifacts;
        this.clock = clock;
    }

    @Override
    public StageOutcome process(JobMessage message, RenderRequest request, StageContext stage) throws Exception {
        StageContext context = new DeadlineContext(stage, clock, settings.renderTimeout());
        List<Scene> scenes = scenesOf(request.script());
        long started = System.nanoTime();

        NarrationTrack narration = NarrationTrack.speak(narrator, scenes.stream().map(Scene::narration).toList(),
                settings.breath(), MediaProperties.AUDIO_SAMPLE_RATE, f -> context.progress(NARRATION_SHARE * f));
        ProductImages productImages = images.fetch(request.product().images(),
                f -> context.progress(NARRATION_SHARE + IMAGES_SHARE * f));
        ScenePictures pictures = pictures(scenes, productImages);
        Timeline timeline = Timeline.of(narration.sceneLengths(), MediaProperties.AUDIO_SAMPLE_RATE, settings.fps(),
                settings.crossfade());

        Path workDir = Files.createTempDirectory(workRoot(), "render-" + message.jobId() + "-");
        try {
            Path video = workDir.resolve(VIDEO);
            double encodeStart = NARRATION_SHARE + IMAGES_SHARE;
            try {
                encoder.encode(timeline, new FrameBlender(pictures.frames()), narration.audio(), video,
                        f -> context.progress(encodeStart + (1 - encodeStart) * f));
            } catch (IOException e) {
                throw new TransientJobFailure(ErrorCode.RENDER_FAILED, "Encoding the video failed: " + e.getMessage(), e);
            }
            Path thumbnail = workDir.resolve(THUMBNAIL);
            ThumbnailWriter.writeJpeg(pictures.first().frame(), thumbnail);
            context.progress(1.0); // the last chance to notice a cancel before anything is stored
            List<Artifact> stored = List.of(
                    new Artifact(VIDEO, "video/mp4", artifacts.importFile(message.jobId(), VIDEO, video)),
                    new Artifact(THUMBNAIL, "image/jpeg", artifacts.importFile(message.jobId(), THUMBNAIL, thumbnail)));
            log.info("rendered job {}: {} scenes, {} s of narration, {} frames, {} bytes, in {} ms", message.jobId(),
                    scenes.size(), String.format("%.2f", narration.seconds()), timeline.frameCount(),
                    stored.getFirst().size(), (System.nanoTime() - started) / 1_000_000);
            return new StageOutcome.Rendered(stored);
        } finally {
            deleteRecursively(workDir);
        }
    }

    private static List<Scene> scenesOf(VideoScript script) {
        if (script == null || script.scenes().isEmpty()) {
            throw new PermanentJobFailure(ErrorCode.SCRIPT_INVALID, "The script has no scenes to render.");
        }
        return script.scenes();
    }

    /** One picture per scene; an image shown by several scenes is fitted and converted once. */
    private ScenePictures pictures(List<Scene> scenes, ProductImages productImages) {
        Map<Integer, FittedImage> fitted = new HashMap<>();
        Map<Integer, YuvImage> converted = new HashMap<>();
        List<YuvImage> frames = new ArrayList<>(scenes.size());
        for (Scene scene : scenes) {
            int index = productImages.resolve(scene.imageIndex());
            FittedImage picture = fitted.computeIfAbsent(index, i -> fitter.fit(productImages.image(i)));
            frames.add(converted.computeIfAbsent(index, i -> YuvImage.fromBgr(picture.frame())));
        }
        int first = productImages.resolve(scenes.getFirst().imageIndex());
        return new ScenePictures(fitted.get(first), frames);
    }

    /** The first scene's picture (for the thumbnail) and every scene's frame, in order. */
    private record ScenePictures(FittedImage first, List<YuvImage> frames) {
    }

    private Path workRoot() throws IOException {
        Path root = settings.workDir() != null ? settings.workDir() : Path.of(System.getProperty("java.io.tmpdir"));
        return Files.createDirectories(root);
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("could not remove the render directory {}: {}", dir, e.toString());
        }
    }
}
