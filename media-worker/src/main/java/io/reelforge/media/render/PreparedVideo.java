package io.reelforge.media.render;

import io.reelforge.media.compose.FrameComposer;
import io.reelforge.media.speech.PcmAudio;
import io.reelforge.media.text.CaptionCue;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A video ready to be encoded: its plates, overlays and timeline composed into a {@link FrameComposer}, its sound
 * track mixed, its thumbnail and caption files already written. It holds no picture: the product pictures and the
 * text pictures exist in it only as yuv420p, so once the {@link RenderPlan} is out of reach they are garbage for the
 * whole encode, the longest part of a render (a product picture is up to 9 MB of heap).
 */
public final class PreparedVideo {

    private final FrameComposer composer;
    private final PcmAudio sound;
    private final List<CaptionCue> cues;
    private final CompletableFuture<Void> warmUp;
    private final Path thumbnail;
    private final Path captionsVtt;
    private final Path captionsSrt;
    private final double prepareSeconds;

    PreparedVideo(FrameComposer composer, PcmAudio sound, List<CaptionCue> cues, CompletableFuture<Void> warmUp,
            Path thumbnail, Path captionsVtt, Path captionsSrt, double prepareSeconds) {
        this.composer = composer;
        this.sound = sound;
        this.cues = List.copyOf(cues);
        this.warmUp = warmUp;
        this.thumbnail = thumbnail;
        this.captionsVtt = captionsVtt;
        this.captionsSrt = captionsSrt;
        this.prepareSeconds = prepareSeconds;
    }

    /** The JPEG of the first scene's picture with the opening card over it, written while preparing. */
    public Path thumbnail() {
        return thumbnail;
    }

    FrameComposer composer() {
        return composer;
    }

    PcmAudio sound() {
        return sound;
    }

    List<CaptionCue> cues() {
        return cues;
    }

    /** The JIT warm-up started with the preparation, to be waited for before the first frame. */
    CompletableFuture<Void> warmUp() {
        return warmUp;
    }

    Path captionsVtt() {
        return captionsVtt;
    }

    Path captionsSrt() {
        return captionsSrt;
    }

    double prepareSeconds() {
        return prepareSeconds;
    }
}
