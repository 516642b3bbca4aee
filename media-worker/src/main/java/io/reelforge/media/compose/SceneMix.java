package io.reelforge.media.compose;

/**
 * What one video frame shows: scene {@code from}, blended towards scene {@code to} by {@code weight} (0 shows
 * only {@code from}, 1 only {@code to}). Outside a crossfade both are the same scene and the weight is 0.
 */
public record SceneMix(int from, int to, double weight) {

    public static SceneMix only(int scene) {
        return new SceneMix(scene, scene, 0);
    }

    public boolean isBlend() {
        return from != to && weight > 0;
    }
}
