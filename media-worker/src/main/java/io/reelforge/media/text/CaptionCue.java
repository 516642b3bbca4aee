package io.reelforge.media.text;

/** One caption: {@code text} on screen from {@code start} to {@code end} seconds. */
public record CaptionCue(double start, double end, String text) {

    public CaptionCue {
        if (!(end > start) || start < 0) {
            throw new IllegalArgumentException("a caption needs 0 <= start < end, got " + start + ".." + end);
        }
    }
}
