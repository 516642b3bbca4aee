package io.reelforge.media.compose;

/**
 * One scene's picture in yuv420p at {@link KenBurns#PLATE_SCALE} times the frame size, and the move made over it.
 * Converted once per scene; every frame of the scene is then a {@link PlaneWarp} of it.
 */
public final class ScenePlate {

    private final YuvImage image;
    private final KenBurns motion;

    public ScenePlate(YuvImage image, KenBurns motion) {
        this.image = image;
        this.motion = motion;
    }

    /** The plate size for a frame: the frame scaled up and kept even (yuv420p). */
    public static int plateSide(int frameSide) {
        return (int) Math.round(frameSide * KenBurns.PLATE_SCALE / 2) * 2;
    }

    YuvImage image() {
        return image;
    }

    /**
     * Draws the plate at motion progress {@code t} into {@code out}, a whole yuv420p frame of {@code w} x {@code h}.
     */
    void draw(double t, byte[] out, int w, int h, PlaneWarp warp) {
        int pw = image.width();
        int ph = image.height();
        double zoom = motion.zoom(t);
        // plate pixels per output pixel: the whole plate at zoom 1, narrower windows as it zooms in
        double scale = Math.min(pw / (double) w, ph / (double) h) / zoom;
        double windowW = w * scale;
        double windowH = h * scale;
        double left = (pw - windowW) * motion.x(t);
        double top = (ph - windowH) * motion.y(t);
        byte[] planes = image.planes();
        warp.warp(planes, 0, pw, ph, left, top, scale, out, 0, w, h);
        int cw = w / 2;
        int ch = h / 2;
        int pcw = pw / 2;
        int pch = ph / 2;
        int plateU = pw * ph;
        int plateV = plateU + pcw * pch;
        int frameU = w * h;
        int frameV = frameU + cw * ch;
        warp.warp(planes, plateU, pcw, pch, left / 2, top / 2, scale, out, frameU, cw, ch);
        warp.warp(planes, plateV, pcw, pch, left / 2, top / 2, scale, out, frameV, cw, ch);
    }
}
