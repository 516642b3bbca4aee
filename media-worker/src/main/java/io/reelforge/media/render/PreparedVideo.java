package io.reelforge.media.render;

import io.reelforge.media.compose.FrameComposer;
import io.reelforge.media.speech.PcmAudio;
import io.reelforge.media.text.CaptionCue;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * A video ready to be encoded: its timeline, and its plates, overlays, sound track and thumbnail on their way (made
 * on the preparation's threads, soonest-needed first, while the encoder runs); its caption files already written.
 * It holds no picture but through the work still to do: once the {@link RenderPlan} is out of reach, each product
 * picture is garbage as soon as its plate is made (a product picture is up to 9 MB of heap).
 */
public final class PreparedVideo {

    private final FrameComposer composer;
    private final CompletableFuture<PcmAudio> sound;
    private final List<CaptionCue> cues;
    private final CompletableFuture<Void> warmUp;
    private final CompletableFuture<Path> thumbnail;
    private final Path captionsVtt;
    private final Path captionsSrt;
    private final double prepareSeconds;
    private final PreparationQueue preparation;

    PreparedVideo(FrameComposer composer, CompletableFuture<PcmAudio> sound, List<CaptionCue> cues,
            CompletableFuture<Void> warmUp, CompletableFuture<Path> thumbnail, Path captionsVtt, Path captionsSrt,
            double prepareSeconds, PreparationQueue preparation) {
        this.preparation = preparation;
        this.composer = composer;
        this.sound = sound;
        this.cues = List.copyOf(cues);
        this.warmUp = warmUp;
        this.thumbnail = thumbnail;
        this.captionsVtt = captionsVtt;
        this.captionsSrt = captionsSrt;
        this.prepareSeconds = prepareSeconds;
    }

    /** The JPEG of the first scene with the opening card over it, written while the video encodes. */
    CompletableFuture<Path> thumbnail() {
        return thumbnail;
    }

    /** Done when every piece is made: the plates, the overlays, the sound track and the thumbnail. */
    CompletableFuture<Void> allMade() {
        return CompletableFuture.allOf(composer.allReady(), sound, thumbnail);
    }

    FrameComposer composer() {
        return composer;
    }

    CompletableFuture<PcmAudio> sound() {
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

    /** Stops the preparation's pieces not yet begun: the video will not be encoded. */
    void abandon() {
        preparation.abandon();
    }
}
