package io.reelforge.media.compose;

import java.nio.ByteBuffer;
import java.util.List;

/**
 * Fills the encoder's frame buffer for one {@link SceneMix}: a bulk copy of the scene's precomputed picture, or
 * during a crossfade a per-byte blend of two of them. The output buffer is reused for every frame.
 */
public final class FrameBlender {

    private final List<YuvImage> scenes;
    private final byte[] scratch;

    public FrameBlender(List<YuvImage> scenes) {
        if (scenes.isEmpty()) {
            throw new IllegalArgumentException("no scene pictures");
        }
        this.scenes = List.copyOf(scenes);
        int size = scenes.getFirst().planes().length;
        for (YuvImage scene : scenes) {
            if (scene.planes().length != size) {
                throw new IllegalArgumentException("scene pictures differ in size");
            }
        }
        this.scratch = new byte[size];
    }

    /** Writes the frame into {@code out} from its position 0; {@code out} must hold a whole frame. */
    public void compose(SceneMix mix, ByteBuffer out) {
        out.clear();
        if (!mix.isBlend()) {
            out.put(scenes.get(mix.from()).planes());
        } else {
            blend(scenes.get(mix.from()).planes(), scenes.get(mix.to()).planes(), mix.weight());
            out.put(scratch);
        }
        out.flip();
    }

    private void blend(byte[] a, byte[] b, double weight) {
        int wb = (int) Math.round(Math.clamp(weight, 0, 1) * 256);
        int wa = 256 - wb;
        for (int i = 0; i < scratch.length; i++) {
            scratch[i] = (byte) (((a[i] & 0xFF) * wa + (b[i] & 0xFF) * wb + 128) >> 8);
        }
    }
}
