package io.reelforge.media.speech;

/**
 * One word of a narration and when it is spoken, in seconds: within its speech when a narrator reports it, within
 * the video once captions place it.
 *
 * @param word the word as the script writes it (with its punctuation: {@code "$49.99,"})
 */
public record WordTiming(String word, double start, double end) {

    public WordTiming {
        if (word.isBlank()) {
            throw new IllegalArgumentException("a timed word needs some text");
        }
        if (!(start >= 0) || !(end >= start)) {
            throw new IllegalArgumentException("a word needs 0 <= start <= end, got " + start + ".." + end + " for '"
                    + word + "'");
        }
    }

    public double seconds() {
        return end - start;
    }
}
