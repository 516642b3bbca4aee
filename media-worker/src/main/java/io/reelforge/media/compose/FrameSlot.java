package io.reelforge.media.compose;

/**
 * The working memory of one frame in flight: the frame itself, a second frame for the incoming scene of a
 * transition, and the resampling tables. Allocated once per render for each slot of the ring between composers
 * and the encoder, and reused for every frame that passes through the slot.
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
