package io.reelforge.media.compose;

import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Composes any frame of the video from immutable parts (the timeline, the scenes' plates, the overlays), so
 * several threads may compose different frames at once, each into its own {@link FrameSlot}. The parts may still
 * be in the making when the first frame is composed: a frame waits only for the plates and overlays it shows, so
 * the preparation of a video overlaps its encoding.
 */
public final class FrameComposer {

    private final Timeline timeline;
    private final List<CompletableFuture<ScenePlate>> plates;
    private final OverlaySchedule overlays;
    private final int width;
    private final int height;

    /** From parts all made. */
    public FrameComposer(Timeline timeline, List<ScenePlate> plates, List<Overlay> overlays, int width, int height) {
        this(timeline, plates.stream().map(CompletableFuture::completedFuture).toList(), OverlaySchedule.ready(overlays),
                width, height);
    }

    /** From parts that may still be in the making: one plate per scene and the overlays' schedule. */
    public FrameComposer(Timeline timeline, List<CompletableFuture<ScenePlate>> plates, OverlaySchedule overlays,
            int width, int height) {
        if (plates.size() != timeline.sceneCount()) {
            throw new IllegalArgumentException(plates.size() + " plates for " + timeline.sceneCount() + " scenes");
        }
        this.timeline = timeline;
        this.plates = List.copyOf(plates);
        this.overlays = overlays;
        this.width = width;
        this.height = height;
    }

    public Timeline timeline() {
        return timeline;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public void compose(int frame, FrameSlot slot) {
        double seconds = (frame + 0.5) / timeline.fps();
        SceneMix mix = timeline.frame(frame);
        drawScene(mix.from(), seconds, slot.pixels, slot);
        if (mix.isBlend()) {
            drawScene(mix.to(), seconds, slot.incoming, slot);
            Transition.after(mix.from()).combine(slot.pixels, slot.incoming, width, height, mix.weight());
        }
        overlays.blendInto(slot.pixels, width, height, seconds);
    }

    /** Draws scene {@code scene} alone as it shows at {@code seconds}, into {@code slot}, without any overlay. */
    public void composeScene(int scene, double seconds, FrameSlot slot) {
        drawScene(scene, seconds, slot.pixels, slot);
    }

    /** Done when every plate and overlay is made. */
    public CompletableFuture<Void> allReady() {
        CompletableFuture<?>[] parts = plates.toArray(CompletableFuture[]::new);
        return CompletableFuture.allOf(CompletableFuture.allOf(parts), overlays.allReady());
    }

    private void drawScene(int scene, double seconds, byte[] out, FrameSlot slot) {
        double from = timeline.visibleFrom(scene);
        double until = timeline.visibleUntil(scene);
        double progress = until > from ? (seconds - from) / (until - from) : 0;
        plates.get(scene).join().draw(progress, out, width, height, slot.warp);
    }
}
