package io.reelforge.media.render;

import io.reelforge.media.audio.Loudness;
import io.reelforge.media.audio.MusicBed;
import io.reelforge.media.compose.ComposerWarmUp;
import io.reelforge.media.compose.FrameComposer;
import io.reelforge.media.compose.KenBurns;
import io.reelforge.media.compose.Overlay;
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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.DoubleConsumer;

/**
 * Turns a {@link RenderPlan} into a video, its thumbnail and its caption files, in two steps. {@link #prepare} fits
 * each picture once onto a plate a little larger than the frame, draws each text once and writes the thumbnail and
 * caption files; {@link #encode} then composes the frames (Ken Burns motion, transitions, overlays) on a thread pool
 * while the encoder writes them. Two steps so that the pictures, which only the first needs, are not held during the
 * second.
 */
public final class VideoRenderer {

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
     * Everything before the first frame: the plates, the text pictures, the sound track, and the thumbnail and caption
     * files written into {@code dir}. The plan's pictures are needed only here: the result holds none of them, so a
     * caller that lets go of the plan (and of whatever it was made from) before {@link #encode} frees them for the
     * whole encode.
     */
    public PreparedVideo prepare(RenderPlan plan, Path dir) throws IOException {
        long started = System.nanoTime();
        // the first render in a JVM compiles the per-pixel code while the plates, texts and sound are prepared
        CompletableFuture<Void> warmUp = CompletableFuture.runAsync(ComposerWarmUp::ensureDone);
        VideoFormat format = plan.format();
        int rate = plan.narration().audio().sampleRate();
        Timeline timeline = Timeline.of(plan.narration().sceneLengths(), rate, encoder.settings().fps(), transition);
        List<CaptionCue> cues = cues(plan, timeline, rate);
        List<PlacedPicture> title = new OverlayLayout(painter, format, plan.look()).titleCard(plan.texts(), timeline);
        // written now, before the plates are made, so its full-frame picture is garbage before they take their room
        Path thumbnail = dir.resolve(RenderedVideo.THUMBNAIL);
        ThumbnailWriter.writeJpeg(thumbnail(plan, title), thumbnail);
        List<Overlay> overlays = overlays(plan, timeline, cues, title);
        FrameComposer composer = new FrameComposer(timeline, plates(plan), overlays, format.width(),
                format.height());
        PcmAudio sound = soundTrack(plan);
        Path vtt = Files.writeString(dir.resolve(RenderedVideo.CAPTIONS_VTT), CaptionFiles.webVtt(cues),
                StandardCharsets.UTF_8);
        Path srt = Files.writeString(dir.resolve(RenderedVideo.CAPTIONS_SRT), CaptionFiles.srt(cues),
                StandardCharsets.UTF_8);
        return new PreparedVideo(composer, sound, cues, warmUp, thumbnail, vtt, srt,
                (System.nanoTime() - started) / 1e9);
    }

    /** Composes and encodes the frames of a prepared video into {@code dir}, with its sound. */
    public RenderedVideo encode(PreparedVideo prepared, Path dir, DoubleConsumer progress) throws IOException {
        long waitStart = System.nanoTime();
        prepared.warmUp().join();
        long encodeStart = System.nanoTime();
        Path video = dir.resolve(RenderedVideo.VIDEO);
        String codec = encoder.encode(prepared.composer(), prepared.sound(), video, progress);
        long encodeEnd = System.nanoTime();
        Timeline timeline = prepared.composer().timeline();
        // waiting for the warm-up is time before the first frame too, as it was when one method did both steps
        double prepareSeconds = prepared.prepareSeconds() + (encodeStart - waitStart) / 1e9;
        return new RenderedVideo(video, prepared.thumbnail(), prepared.captionsVtt(), prepared.captionsSrt(), codec,
                timeline.frameCount(), timeline.totalSeconds(), prepared.cues(), prepareSeconds,
                (encodeEnd - encodeStart) / 1e9);
    }

    /** The narration at the target loudness, with the music ducked under it when there is music. */
    private PcmAudio soundTrack(RenderPlan plan) {
        PcmAudio voice = Loudness.normalized(plan.narration().audio(), loudnessTarget);
        return plan.music() == null ? voice : MusicBed.mix(voice, plan.music());
    }

    private static List<CaptionCue> cues(RenderPlan plan, Timeline timeline, int rate) {
        List<Double> starts = new ArrayList<>();
        List<Double> speech = new ArrayList<>();
        for (int i = 0; i < timeline.sceneCount(); i++) {
            starts.add(timeline.sceneStart(i));
            speech.add(plan.narration().speechLengths().get(i) / (double) rate);
        }
        return Captions.cues(plan.sceneTexts(), starts, speech);
    }

    private List<Overlay> overlays(RenderPlan plan, Timeline timeline, List<CaptionCue> cues,
            List<PlacedPicture> title) {
        OverlayLayout layout = new OverlayLayout(painter, plan.format(), plan.look());
        List<PlacedPicture> placed = new ArrayList<>(title);
        placed.addAll(layout.cornerMark(timeline));
        if (plan.priceScene() >= 0 && plan.texts().price() != null) {
            placed.add(layout.priceBadge(plan.texts().price(), timeline, plan.priceScene()));
        }
        placed.addAll(layout.endCard(plan.texts(), timeline));
        if (plan.captions()) {
            // each caption is its own picture: drawn and converted in parallel, before the first frame
            placed.addAll(cues.parallelStream().map(layout::caption).toList());
        }
        int w = plan.format().width();
        int h = plan.format().height();
        return placed.parallelStream().map(p -> p.toOverlay(w, h)).toList();
    }

    /** One plate per distinct picture (made in parallel), each scene with its own move. */
    private static List<ScenePlate> plates(RenderPlan plan) {
        int w = plan.format().width();
        int h = plan.format().height();
        ImageFitter fitter = new ImageFitter(ScenePlate.plateSide(w), ScenePlate.plateSide(h));
        Set<BufferedImage> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<BufferedImage> distinct = plan.pictures().stream().filter(seen::add).toList();
        Map<BufferedImage, YuvImage> converted = new IdentityHashMap<>();
        List<YuvImage> fitted = distinct.parallelStream().map(p -> YuvImage.fromBgr(fitter.fit(p).frame())).toList();
        for (int i = 0; i < distinct.size(); i++) {
            converted.put(distinct.get(i), fitted.get(i));
        }
        List<ScenePlate> plates = new ArrayList<>();
        for (int i = 0; i < plan.pictures().size(); i++) {
            plates.add(new ScenePlate(converted.get(plan.pictures().get(i)), KenBurns.forScene(i)));
        }
        return plates;
    }

    /** The first scene's picture with the opening card over it. */
    private static BufferedImage thumbnail(RenderPlan plan, List<PlacedPicture> title) {
        BufferedImage frame = new ImageFitter(plan.format().width(), plan.format().height())
                .fit(plan.pictures().getFirst()).frame();
        Graphics2D g = frame.createGraphics();
        try {
            for (PlacedPicture picture : title) {
                g.drawImage(picture.image(), picture.left(), picture.top(), null);
            }
        } finally {
            g.dispose();
        }
        return frame;
    }
}
