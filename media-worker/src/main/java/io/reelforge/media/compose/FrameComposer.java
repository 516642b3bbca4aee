package io.reelforge.media.compose;

import java.util.List;

/**
 * Composes any frame of the video from immutable parts (the timeline, the scenes' plates, the overlays), so
 * several threads may compose different frames at once, each into its own {@link FrameSlot}.
 */
public final class FrameComposer {

    private final Timeline timeline;
    private final List<ScenePlate> plates;
    private final List<Overlay> overlays;
    private final int width;
    private final int height;

    public FrameComposer(Timeline timeline, List<ScenePlate> plates, List<Overlay> overlays, int width, int height) {
        if (plates.size() != timeline.sceneCount()) {
            throw new IllegalArgumentException(plates.size() + " plates for " + timeline.sceneCount() + " scenes");
        }
        this.timeline = timeline;
        this.plates = List.copyOf(plates);
        this.overlays = List.copyOf(overlays);
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
        for (Overlay overlay : overlays) {
            overlay.blendInto(slot.pixels, width, height, seconds);
        }
    }

    private void drawScene(int scene, double seconds, byte[] out, FrameSlot slot) {
        double from = timeline.visibleFrom(scene);
        double until = timeline.visibleUntil(scene);
        double progress = until > from ? (seconds - from) / (until - from) : 0;
        plates.get(scene).draw(progress, out, width, height, slot.warp);
    }
}
