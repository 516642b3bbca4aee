package io.reelforge.media.render;

import io.reelforge.common.job.CaptionStyle;
import io.reelforge.media.audio.Loudness;
import io.reelforge.media.audio.MusicBed;
import io.reelforge.media.compose.ComposerWarmUp;
import io.reelforge.media.compose.FrameComposer;
import io.reelforge.media.compose.FrameSlot;
import io.reelforge.media.compose.KenBurns;
import io.reelforge.media.compose.Overlay;
import io.reelforge.media.compose.OverlaySchedule;
import io.reelforge.media.compose.ScenePlate;
import io.reelforge.media.compose.Timeline;
import io.reelforge.media.compose.YuvImage;
import io.reelforge.media.encode.Mp4Encoder;
import io.reelforge.media.encode.ThumbnailWriter;
import io.reelforge.media.image.ImageFitter;
import io.reelforge.media.speech.PcmAudio;
import io.reelforge.media.text.CaptionCue;
import io.reelforge.media.text.CaptionFiles;
import io.reelforge.media.text.Captions;
import io.reelforge.media.text.TextPainter;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.DoubleConsumer;
import org.jspecify.annotations.Nullable;

/**
 * Turns a {@link RenderPlan} into a video, its thumbnail and its caption files, in two steps. {@link #prepare} lays
 * out the work (a plate per picture, a little larger than the frame; each text drawn once; the sound track; the
 * thumbnail), starts it on threads of its own, soonest-needed first, and writes the caption files; {@link #encode}
 * then composes the frames (Ken Burns motion, transitions, overlays) on a thread pool while the encoder writes them,
 * each frame waiting only for the pieces it shows. So the preparation overlaps the encode instead of preceding it,
 * and the pictures, which only the plates need, are let go as soon as their plates are made.
 */
public final class VideoRenderer {

    /** Enough for the first frame's plate and opening card to be made side by side. */
    private static final int PREPARING_THREADS = Math.clamp(Runtime.getRuntime().availableProcessors(), 2, 4);
    /** A plate is made this long before its scene first shows, on top of the transition that shows it early. */
    private static final double PLATE_LEAD_SECONDS = 0.5;

    private final Mp4Encoder encoder;
    private final TextPainter painter;
    private final Duration transition;
    private final double loudnessTarget;

    /** @param loudnessTarget the narration's integrated loudness, LUFS (platforms play at about -14 to -16) */
    public VideoRenderer(Mp4Encoder encoder, TextPainter painter, Duration transition, double loudnessTarget) {
        this.encoder = encoder;
        this.painter = painter;
        this.transition = transition;
        this.loudnessTarget = loudnessTarget;
    }

    /**
     * Starts making everything the frames show (plates, text pictures), the sound track and the thumbnail, and
     * writes the caption files into {@code dir}. The plan's pictures are held only by the work that makes their
     * plates: a caller that lets go of the plan (and of whatever it was made from) before {@link #encode} lets each
     * picture go once its plate is made, early in the encode.
     */
    public PreparedVideo prepare(RenderPlan plan, Path dir) throws IOException {
        long started = System.nanoTime();
        // the first render in a JVM compiles the per-pixel code while the first pieces are made
        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(ComposerWarmUp::ensureDone);
        VideoFormat format = plan.format();
        int rate = plan.narration().audio().sampleRate();
        Timeline timeline = Timeline.of(plan.narration().sceneLengths(), rate, encoder.settings().fps(), transition);
        List<CaptionCue> cues = cues(plan, timeline, rate);
        PreparationQueue queue = new PreparationQueue(PREPARING_THREADS);
        PcmAudio narration = plan.narration().audio();
        PcmAudio music = plan.music();
        CompletableFuture<PcmAudio> sound = queue.add(0, () -> soundTrack(narration, music));
        List<CompletableFuture<ScenePlate>> plates = plates(plan, timeline, queue);
        OverlayLayout layout = new OverlayLayout(painter, format, plan.look());
        VideoTexts texts = plan.texts();
        CompletableFuture<List<PlacedPicture>> title = queue.add(0, () -> layout.titleCard(texts, timeline));
        OverlaySchedule overlays = overlays(plan, timeline, cues, title, layout, queue);
        FrameComposer composer = new FrameComposer(timeline, plates, overlays, format.width(), format.height());
        Path thumbnailFile = dir.resolve(RenderedVideo.THUMBNAIL);
        CompletableFuture<Path> thumbnail = queue.add(Double.POSITIVE_INFINITY,
                () -> writeThumbnail(composer, title.join(), thumbnailFile));
        queue.start();
        Path vtt = Files.writeString(dir.resolve(RenderedVideo.CAPTIONS_VTT), CaptionFiles.webVtt(cues),
                StandardCharsets.UTF_8);
        Path srt = Files.writeString(dir.resolve(RenderedVideo.CAPTIONS_SRT), CaptionFiles.srt(cues),
                StandardCharsets.UTF_8);
        return new PreparedVideo(composer, sound, cues, warmUp, thumbnail, vtt, srt,
                (System.nanoTime() - started) / 1e9, queue);
    }

    /** Composes and encodes the frames of a prepared video into {@code dir}, with its sound. */
    public RenderedVideo encode(PreparedVideo prepared, Path dir, DoubleConsumer progress) throws IOException {
        long waitStart = System.nanoTime();
        prepared.warmUp().join();
        long encodeStart = System.nanoTime();
        Path video = dir.resolve(RenderedVideo.VIDEO);
        String codec;
        try {
            codec = encoder.encode(prepared.composer(), prepared.sound()::join, video, progress);
        } catch (IOException | RuntimeException | Error e) {
            // stopped (a cancel, a hand-back, a job for a warm-up) or failed: what is still to prepare is waste
            prepared.abandon();
            throw e;
        }
        Path thumbnail = finished(prepared.thumbnail());
        long encodeEnd = System.nanoTime();
        Timeline timeline = prepared.composer().timeline();
        // waiting for the warm-up is time before the first frame too
        double prepareSeconds = prepared.prepareSeconds() + (encodeStart - waitStart) / 1e9;
        return new RenderedVideo(video, thumbnail, prepared.captionsVtt(), prepared.captionsSrt(), codec,
                timeline.frameCount(), timeline.totalSeconds(), prepared.cues(), prepareSeconds,
                (encodeEnd - encodeStart) / 1e9);
    }

    /** The value of a piece of the preparation, its failure thrown as it was thrown. */
    private static <T> T finished(CompletableFuture<T> piece) throws IOException {
        try {
            return piece.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    /** The narration at the target loudness, with the music ducked under it when there is music. */
    private PcmAudio soundTrack(PcmAudio narration, @Nullable PcmAudio music) {
        PcmAudio voice = Loudness.normalized(narration, loudnessTarget);
        return music == null ? voice : MusicBed.mix(voice, music);
    }

    private static List<CaptionCue> cues(RenderPlan plan, Timeline timeline, int rate) {
        List<Double> starts = new ArrayList<>();
        List<Double> speech = new ArrayList<>();
        for (int i = 0; i < timeline.sceneCount(); i++) {
            starts.add(timeline.sceneStart(i));
            speech.add(plan.narration().speechLengths().get(i) / (double) rate);
        }
        return Captions.cues(plan.sceneTexts(), starts, speech, plan.narration().sceneWords());
    }

    /**
     * The overlays in the order they are blended (the later on top), each group made when the video first needs
     * it: the opening card, the logo's corner mark, the price badge, the end card, the captions. The lambdas hold texts and times only,
     * never the plan, which holds the pictures.
     */
    private static OverlaySchedule overlays(RenderPlan plan, Timeline timeline, List<CaptionCue> cues,
            CompletableFuture<List<PlacedPicture>> title, OverlayLayout layout, PreparationQueue queue) {
        int w = plan.format().width();
        int h = plan.format().height();
        List<OverlaySchedule.Group> groups = new ArrayList<>();
        groups.add(new OverlaySchedule.Group(0, title.thenApply(pictures -> converted(pictures, w, h))));
        double markFrom = layout.cornerMarkFrom(timeline);
        groups.add(new OverlaySchedule.Group(markFrom, queue.add(markFrom,
                () -> converted(layout.cornerMark(timeline), w, h))));
        String price = plan.texts().price();
        int priceScene = plan.priceScene();
        if (priceScene >= 0 && price != null) {
            double from = timeline.sceneStart(priceScene);
            groups.add(new OverlaySchedule.Group(from, queue.add(from,
                    () -> converted(List.of(layout.priceBadge(price, timeline, priceScene)), w, h))));
        }
        VideoTexts texts = plan.texts();
        // the end card comes with the last scene at the earliest
        double endFrom = timeline.sceneStart(timeline.sceneCount() - 1);
        groups.add(new OverlaySchedule.Group(endFrom, queue.add(endFrom,
                () -> converted(layout.endCard(texts, timeline), w, h))));
        if (plan.captions()) {
            CaptionStyle style = plan.captionStyle();
            for (CaptionCue cue : cues) {
                groups.add(new OverlaySchedule.Group(cue.start(), queue.add(cue.start(),
                        () -> CaptionOverlays.of(layout, cue, style, layout.captionHighlight(), w, h))));
            }
        }
        return new OverlaySchedule(groups);
    }

    private static List<Overlay> converted(List<PlacedPicture> pictures, int frameW, int frameH) {
        return pictures.stream().map(p -> p.toOverlay(frameW, frameH)).toList();
    }

    /**
     * One plate per distinct picture, made a little before the first scene showing it (a transition shows a scene
     * early), each scene with its own move.
     */
    private List<CompletableFuture<ScenePlate>> plates(RenderPlan plan, Timeline timeline, PreparationQueue queue) {
        int w = plan.format().width();
        int h = plan.format().height();
        ImageFitter fitter = new ImageFitter(ScenePlate.plateSide(w), ScenePlate.plateSide(h));
        double lead = transition.toMillis() / 1000.0 + PLATE_LEAD_SECONDS;
        Map<BufferedImage, CompletableFuture<YuvImage>> fitted = new IdentityHashMap<>();
        List<CompletableFuture<ScenePlate>> plates = new ArrayList<>();
        for (int i = 0; i < plan.pictures().size(); i++) {
            double neededAt = Math.max(0, timeline.sceneStart(i) - lead);
            CompletableFuture<YuvImage> image = fitted.computeIfAbsent(plan.pictures().get(i),
                    picture -> queue.add(neededAt, () -> YuvImage.fromBgr(fitter.fit(picture).frame())));
            KenBurns move = KenBurns.forScene(i);
            plates.add(image.thenApply(yuv -> new ScenePlate(yuv, move)));
        }
        return plates;
    }

    /**
     * The thumbnail: the first scene as it shows once the opening card is fully in, from the plate the video itself
     * uses, with the card over it (and no caption, which would read oddly on a still).
     */
    private static Path writeThumbnail(FrameComposer composer, List<PlacedPicture> title, Path file) {
        double at = title.stream().mapToDouble(p -> p.start() + p.fade()).max().orElse(0);
        FrameSlot slot = new FrameSlot(composer.width(), composer.height());
        composer.composeScene(0, Math.min(at, composer.timeline().sceneDuration(0)), slot);
        BufferedImage frame = YuvImage.toBgr(slot.pixels(), composer.width(), composer.height());
        Graphics2D g = frame.createGraphics();
        try {
            for (PlacedPicture picture : title) {
                g.drawImage(picture.image(), picture.left(), picture.top(), null);
            }
        } finally {
            g.dispose();
        }
        try {
            ThumbnailWriter.writeJpeg(frame, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }
}
