package io.reelforge.media.compose;

import java.time.Duration;
import java.util.List;

/**
 * When each scene is on screen. Scenes are cut from the narration track's scene lengths, so the picture changes
 * exactly where the voice moves on and the video lasts exactly as long as the narration. A crossfade is centred
 * on each boundary (half in each scene), so it takes no time away from the total; it is shortened where a scene
 * is too short to hold it, so no frame ever mixes three scenes.
 */
public final class Timeline {

    private final double[] boundaries; // end of scene i, in seconds; the last one is the total
    private final double[] crossfades; // crossfade length at the end of scene i (none after the last)
    private final int fps;
    private final int frameCount;

    private Timeline(double[] boundaries, double[] crossfades, int fps) {
        this.boundaries = boundaries;
        this.crossfades = crossfades;
        this.fps = fps;
        this.frameCount = Math.max(1, (int) Math.round(totalSeconds() * fps));
    }

    /**
     * @param sceneLengths samples each scene spans in the narration track
     * @param sampleRate the narration track's sample rate
     */
    public static Timeline of(List<Integer> sceneLengths, int sampleRate, int fps, Duration crossfade) {
        if (sceneLengths.isEmpty()) {
            throw new IllegalArgumentException("a timeline needs at least one scene");
        }
        int n = sceneLengths.size();
        double[] durations = new double[n];
        double[] boundaries = new double[n];
        long samples = 0;
        for (int i = 0; i < n; i++) {
            durations[i] = sceneLengths.get(i) / (double) sampleRate;
            samples += sceneLengths.get(i);
            boundaries[i] = samples / (double) sampleRate;
        }
        double wanted = crossfade.toNanos() / 1e9;
        double[] crossfades = new double[n];
        for (int i = 0; i < n - 1; i++) {
            crossfades[i] = Math.max(0, Math.min(wanted, Math.min(durations[i], durations[i + 1])));
        }
        return new Timeline(boundaries, crossfades, fps);
    }

    public int sceneCount() {
        return boundaries.length;
    }

    public double totalSeconds() {
        return boundaries[boundaries.length - 1];
    }

    public double sceneStart(int scene) {
        return scene == 0 ? 0 : boundaries[scene - 1];
    }

    public double sceneDuration(int scene) {
        return boundaries[scene] - sceneStart(scene);
    }

    /** The crossfade between scene {@code scene} and the next, in seconds. */
    public double crossfadeAfter(int scene) {
        return crossfades[scene];
    }

    /** When scene {@code scene} first shows: its start, less half the transition into it. */
    public double visibleFrom(int scene) {
        return sceneStart(scene) - (scene == 0 ? 0 : crossfades[scene - 1] / 2);
    }

    /** When scene {@code scene} last shows: its end, plus half the transition out of it. */
    public double visibleUntil(int scene) {
        return boundaries[scene] + crossfades[scene] / 2;
    }

    public int fps() {
        return fps;
    }

    /** Frames in the video: the narration's length at the frame rate, rounded to the nearest frame. */
    public int frameCount() {
        return frameCount;
    }

    /** What frame {@code index} shows, judged at the middle of the frame's time span. */
    public SceneMix frame(int index) {
        return at((index + 0.5) / fps);
    }

    /** What is on screen at {@code seconds}. */
    public SceneMix at(double seconds) {
        int scene = 0;
        while (scene < boundaries.length - 1 && seconds >= boundaries[scene]) {
            scene++;
        }
        if (scene > 0) {
            double half = crossfades[scene - 1] / 2;
            double boundary = boundaries[scene - 1];
            if (half > 0 && seconds < boundary + half) {
                return new SceneMix(scene - 1, scene, (seconds - (boundary - half)) / (2 * half));
            }
        }
        if (scene < boundaries.length - 1) {
            double half = crossfades[scene] / 2;
            double boundary = boundaries[scene];
            if (half > 0 && seconds >= boundary - half) {
                return new SceneMix(scene, scene + 1, (seconds - (boundary - half)) / (2 * half));
            }
        }
        return SceneMix.only(scene);
    }
}
