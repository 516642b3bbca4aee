package io.reelforge.media.compose;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Composes a few hundred small frames so the JIT compiles the per-pixel code before the first real frame needs
 * it. The SIMD kernels in particular run hundreds of times slower until they are compiled: without this the first
 * render in a fresh JVM spent about two extra seconds of CPU composing its first frames. The frames themselves
 * take a few milliseconds once compiled; the time goes to the JIT (about a second of CPU for the SIMD code, a few
 * tenths for the scalar), so run it beside other start-up work. The frames are tiny because until the code is
 * compiled every vector operation allocates: larger ones only made more garbage (and a larger heap) for the same
 * compilation.
 */
public final class ComposerWarmUp {

    private static final int WIDTH = 64;
    private static final int HEIGHT = 48;
    private static final int FRAMES = 400;

    private ComposerWarmUp() {
    }

    /** Warms up once per JVM: the first caller does the work, later ones return at once (or wait for it). */
    public static void ensureDone() {
        if (!Once.DONE) {
            throw new IllegalStateException("unreachable: the warm-up either ran or threw");
        }
    }

    /** Initialised, and so run, exactly once, by whichever thread first needs it; others wait for it. */
    private static final class Once {
        static final boolean DONE = run();
    }

    static boolean run() {
        SplittableRandom random = new SplittableRandom(7);
        int fps = 30;
        // two scenes of 20 frames with a crossfade between them, repeated: every kind of frame the renderer makes
        Timeline timeline = Timeline.of(List.of(20 * 1600, 20 * 1600), 48_000, fps, Duration.ofMillis(300));
        List<ScenePlate> plates = List.of(plate(random, 0), plate(random, 1));
        BufferedImage text = new BufferedImage(WIDTH - 20, HEIGHT / 3, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < text.getHeight(); y++) {
            for (int x = 0; x < text.getWidth(); x++) {
                text.setRGB(x, y, random.nextInt());
            }
        }
        Overlay overlay = Overlay.of(text, 10, HEIGHT / 2, WIDTH, HEIGHT, 0, timeline.totalSeconds(), 0.2);
        FrameComposer composer = new FrameComposer(timeline, plates, List.of(overlay), WIDTH, HEIGHT);
        FrameSlot slot = new FrameSlot(WIDTH, HEIGHT);
        for (int i = 0; i < FRAMES; i++) {
            composer.compose(i % timeline.frameCount(), slot);
        }
        return true;
    }

    private static ScenePlate plate(SplittableRandom random, int scene) {
        int w = ScenePlate.plateSide(WIDTH);
        int h = ScenePlate.plateSide(HEIGHT);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return new ScenePlate(YuvImage.fromBgr(image), KenBurns.forScene(scene));
    }
}
