package io.reelforge.media.worker;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.job.Artifact;
import io.reelforge.common.job.CaptionStyle;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobWarning;
import io.reelforge.common.job.VideoFormatName;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageContext;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.stage.StageProcessor;
import io.reelforge.common.stage.TransientJobFailure;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.audio.MusicSource;
import io.reelforge.media.brand.BrandLooks;
import io.reelforge.media.image.ImageFetcher;
import io.reelforge.media.image.ProductImages;
import io.reelforge.media.render.PreparedVideo;
import io.reelforge.media.render.PriceScene;
import io.reelforge.media.render.RenderPlan;
import io.reelforge.media.render.RenderedVideo;
import io.reelforge.media.render.VideoFormat;
import io.reelforge.media.render.VideoRenderer;
import io.reelforge.media.render.VideoTexts;
import io.reelforge.media.speech.JobVoice;
import io.reelforge.media.speech.NarrationTrack;
import io.reelforge.media.speech.Narrator;
import io.reelforge.media.speech.PcmAudio;
import io.reelforge.media.speech.ReadingPace;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders one video: narrates the script in a voice that speaks its language (or, for {@code narration: none},
 * times it at a reading pace over silence), fetches the product images, renders picture, voice and text into
 * {@code video.mp4} with a {@code thumbnail.jpg} and the captions as {@code captions.vtt} and {@code captions.srt},
 * and stores them, in the job's format, captions and music where it names them and the worker's settings where it
 * does not. Knows nothing of Kafka. Work happens in a private temporary directory that is removed however
 * the render ends (done, failed, canceled, timed out).
 */
public final class RenderProcessor implements StageProcessor<RenderRequest> {

    public static final String VIDEO = RenderedVideo.VIDEO;
    public static final String THUMBNAIL = RenderedVideo.THUMBNAIL;

    private static final Logger log = LoggerFactory.getLogger(RenderProcessor.class);
    // shares of the stage's progress: narration is slow, fetching images quick, encoding the rest
    private static final double NARRATION_SHARE = 0.3;
    private static final double IMAGES_SHARE = 0.1;

    private final MediaProperties settings;
    private final Narrator narrator;
    private final ImageFetcher images;
    private final VideoRenderer renderer;
    private final MusicSource music;
    private final ArtifactStore artifacts;
    private final Clock clock;
    private final RenderWorkDirs workDirs;
    private final RenderMetrics metrics;
    private final BrandLooks looks;

    public RenderProcessor(MediaProperties settings, Narrator narrator, ImageFetcher images, VideoRenderer renderer,
            MusicSource music, ArtifactStore artifacts, Clock clock, RenderMetrics metrics, BrandLooks looks) {
        this.music = music;
        this.looks = looks;
        this.metrics = metrics;
        this.settings = settings;
        this.narrator = narrator;
        this.images = images;
        this.renderer = renderer;
        this.artifacts = artifacts;
        this.clock = clock;
        this.workDirs = new RenderWorkDirs(workRoot(settings));
    }

    /** Removes what renders of workers that died mid-render left in the work folder; a worker does it at start-up. */
    public int removeAbandonedWorkDirs() {
        return workDirs.removeAbandoned().size();
    }

    @Override
    public StageOutcome process(JobMessage message, RenderRequest request, StageContext stage) throws Exception {
        StageContext context = new DeadlineContext(stage, clock, settings.renderTimeout());
        List<Scene> scenes = scenesOf(request.script());
        VideoFormat format = formatOf(request.options());
        // chosen before any work, so a job no voice here speaks fails at once
        @Nullable Narrator voice = request.options().narrated() ? JobVoice.narrator(narrator, languageOf(request),
                request.options().voice()) : null;
        long started = System.nanoTime();

        Path workDir = workDirs.create(message.jobId());
        try {
            double encodeStart = NARRATION_SHARE + IMAGES_SHARE;
            RenderedVideo rendered;
            List<JobWarning> warnings = new ArrayList<>();
            try {
                // prepared in a method of its own: once it returns, no frame holds the product pictures (the
                // interpreter keeps every local of a live frame reachable), so they are garbage during the encode
                PreparedVideo prepared = prepare(message.jobId(), request, scenes, format, voice, context, workDir,
                        warnings::add);
                rendered = renderer.encode(prepared, workDir,
                        f -> context.progress(encodeStart + (1 - encodeStart) * f));
            } catch (IOException e) {
                throw new TransientJobFailure(ErrorCode.RENDER_FAILED, "Encoding the video failed: " + e.getMessage(), e);
            }
            context.progress(1.0); // the last chance to notice a cancel before anything is stored
            String job = message.jobId();
            List<Artifact> stored = List.of(
                    new Artifact(VIDEO, "video/mp4", artifacts.importFile(job, VIDEO, rendered.video())),
                    new Artifact(THUMBNAIL, "image/jpeg", artifacts.importFile(job, THUMBNAIL, rendered.thumbnail())),
                    new Artifact(RenderedVideo.CAPTIONS_VTT, "text/vtt",
                            artifacts.importFile(job, RenderedVideo.CAPTIONS_VTT, rendered.captionsVtt())),
                    new Artifact(RenderedVideo.CAPTIONS_SRT, "application/x-subrip",
                            artifacts.importFile(job, RenderedVideo.CAPTIONS_SRT, rendered.captionsSrt())));
            metrics.rendered(rendered);
            log.info("rendered job {}: {} scenes, {} s of narration, {} frames {}x{} by {}, {} bytes, in {} ms"
                    + " (of which preparing the frames' pieces {} ms, composing and encoding the frames {} ms)", job,
                    scenes.size(), String.format("%.2f", rendered.seconds()), rendered.frames(), format.width(),
                    format.height(), rendered.codec(), stored.getFirst().size(),
                    (System.nanoTime() - started) / 1_000_000, Math.round(rendered.prepareSeconds() * 1000),
                    Math.round(rendered.encodeSeconds() * 1000));
            return new StageOutcome.Rendered(stored, warnings);
        } finally {
            RenderWorkDirs.delete(workDir);
        }
    }

    /**
     * Narrates the script, fetches the product images and prepares the video (plates, texts, sound, thumbnail,
     * caption files). The narration, the pictures and the plan live only in this frame.
     */
    /**
     * Each scene's picture, decoded once however many scenes show it. The product's other pictures are never
     * decoded, so the heap holds only what the plates are made from.
     */
    private List<BufferedImage> scenePictures(RenderRequest request, List<Scene> scenes, StageContext context)
            throws InterruptedException {
        ProductImages productImages = images.fetch(request.product().images(),
                f -> context.progress(NARRATION_SHARE + IMAGES_SHARE * f));
        Map<Integer, BufferedImage> decoded = new HashMap<>();
        return scenes.stream()
                .map(scene -> decoded.computeIfAbsent(productImages.resolve(scene.imageIndex()), productImages::image))
                .toList();
    }

    /** @param voice the job's narrator, or null for a video without one (timed at a reading pace) */
    private PreparedVideo prepare(String jobId, RenderRequest request, List<Scene> scenes, VideoFormat format,
            @Nullable Narrator voice, StageContext context, Path workDir, Consumer<JobWarning> warnings)
            throws IOException, InterruptedException {
        JobOptions options = request.options();
        List<String> texts = scenes.stream().map(Scene::narration).toList();
        NarrationTrack narration = voice == null
                ? NarrationTrack.read(texts, ReadingPace.CAPTIONS, settings.breath(), MediaProperties.AUDIO_SAMPLE_RATE)
                : NarrationTrack.speak(voice, texts, settings.breath(), MediaProperties.AUDIO_SAMPLE_RATE,
                        f -> context.progress(NARRATION_SHARE * f));
        List<BufferedImage> pictures = scenePictures(request, scenes, context);
        ProductDetails product = request.product();
        VideoTexts cards = new VideoTexts(product.title(), product.brand(),
                VideoTexts.price(product.price(), product.currency()), request.script().callToAction());
        // without a voice the captions are all there is to follow, whatever the worker's default
        boolean captions = options.captions() != null ? options.captions() : voice == null || settings.captions();
        CaptionStyle captionStyle = options.captionStyle() != null ? options.captionStyle() : CaptionStyle.HIGHLIGHT;
        RenderPlan plan = new RenderPlan(format, pictures, texts,
                PriceScene.find(scenes.stream().map(Scene::emphasis).toList(), texts, product.price()), narration,
                cards, captions, captionStyle, music(options, jobId, workDir),
                looks.lookFor(options.brand(), warnings));
        return renderer.prepare(plan, workDir);
    }

    /** The job's format when it names one, else the worker's. */
    private VideoFormat formatOf(JobOptions options) {
        if (options.format() == null) {
            return settings.videoFormat();
        }
        // the gateway accepts only these names; another one means a message from elsewhere or a newer gateway
        return VideoFormatName.find(options.format()).map(VideoFormat::of)
                .orElseThrow(() -> new PermanentJobFailure(ErrorCode.RENDER_FAILED, "The job asks for the video format '"
                        + options.format() + "', which this worker does not know: it renders "
                        + String.join(", ", VideoFormatName.wireNames()) + "."));
    }

    /**
     * The job's music (an http(s) URL only), else the configured music, else none. Music that cannot be had only
     * costs the video its music: a video without it is better than no video.
     */
    private @Nullable PcmAudio music(JobOptions options, String jobId, Path workDir) throws InterruptedException {
        String fromJob = options.musicUrl();
        String configured = settings.music() == null || settings.music().isBlank() ? null : settings.music();
        if (fromJob == null && configured == null) {
            return null;
        }
        try {
            return fromJob != null ? music.fetch(fromJob, workDir, MediaProperties.AUDIO_SAMPLE_RATE)
                    : music.load(configured, workDir, MediaProperties.AUDIO_SAMPLE_RATE);
        } catch (IOException | RuntimeException e) {
            log.warn("job {}: background music {} unusable, rendering without it: {}", jobId,
                    fromJob != null ? "of the job (musicUrl " + withoutQuery(fromJob) + ")" : configured,
                    e.toString());
            return null;
        }
    }

    /** A client's URL as logged: a signed URL's query is its key, and keys are not logged. */
    private static String withoutQuery(String url) {
        int end = url.indexOf('?');
        return end < 0 ? url : url.substring(0, end) + "?…";
    }

    /** The script's language (what its words are in), else the job's. */
    private static String languageOf(RenderRequest request) {
        String language = request.script().language();
        return language == null || language.isBlank() ? request.options().language() : language;
    }

    private static List<Scene> scenesOf(VideoScript script) {
        if (script == null || script.scenes().isEmpty()) {
            throw new PermanentJobFailure(ErrorCode.SCRIPT_INVALID, "The script has no scenes to render.");
        }
        return script.scenes();
    }

    /** Where renders write their files: {@code reelforge.media.work-dir}, else the temporary folder. */
    static Path workRoot(MediaProperties settings) {
        return settings.workDir() != null ? settings.workDir() : Path.of(System.getProperty("java.io.tmpdir"));
    }
}
