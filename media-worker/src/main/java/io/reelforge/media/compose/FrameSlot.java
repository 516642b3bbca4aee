package io.reelforge.media.compose;

/**
 * The working memory of one composing thread: the frame being composed, a second frame for the incoming scene of a
 * transition, and the resampling tables. Allocated once per render for each thread, and reused for every frame
 * the thread composes.
 */
public final class FrameSlot {

    final byte[] pixels;
    final byte[] incoming;
    final PlaneWarp warp;

    public FrameSlot(int width, int height) {
        this.pixels = new byte[YuvImage.byteSize(width, height)];
        this.incoming = new byte[pixels.length];
        this.warp = PlaneWarp.forWidth(width);
    }

    /** The composed yuv420p frame. */
    public byte[] pixels() {
        return pixels;
    }
}
