package io.reelforge.media.compose;

/**
 * The slow zoom and pan over one scene's picture. The picture (a "plate") is made larger than the frame by
 * {@link #PLATE_SCALE}, so the closest zoom still samples it at no more than one plate pixel per output pixel. Each
 * scene gets one of four moves in turn (zoom in, pan across, zoom out, pan down), eased at both ends, so consecutive
 * scenes never move the same way and no move starts or stops abruptly.
 */
public record KenBurns(double zoomFrom, double zoomTo, double xFrom, double xTo, double yFrom, double yTo) {

    /** How much larger than the frame a scene's plate is; also the deepest zoom. */
    public static final double PLATE_SCALE = 1.12;

    private static final double MID_ZOOM = 1.06;

    /** The move of scene {@code index}; x and y are where the window's centre sits, 0..1 of its free travel. */
    public static KenBurns forScene(int index) {
        return switch (Math.floorMod(index, 4)) {
            case 0 -> new KenBurns(1.0, PLATE_SCALE, 0.5, 0.5, 0.5, 0.4);
            case 1 -> new KenBurns(MID_ZOOM, MID_ZOOM, 0.0, 1.0, 0.5, 0.5);
            case 2 -> new KenBurns(PLATE_SCALE, 1.0, 0.6, 0.5, 0.3, 0.5);
            default -> new KenBurns(MID_ZOOM, MID_ZOOM, 0.5, 0.5, 0.0, 1.0);
        };
    }

    /** Ease in and out: the move starts and ends at rest. */
    static double ease(double t) {
        double c = Math.clamp(t, 0, 1);
        return c * c * (3 - 2 * c);
    }

    /** The zoom at progress {@code t} (0..1 over the time the scene is visible): 1 shows the whole plate. */
    double zoom(double t) {
        return zoomFrom + (zoomTo - zoomFrom) * ease(t);
    }

    double x(double t) {
        return xFrom + (xTo - xFrom) * ease(t);
    }

    double y(double t) {
        return yFrom + (yTo - yFrom) * ease(t);
    }
}
