package io.reelforge.media.text;

import io.reelforge.media.speech.WordTiming;
import java.util.List;

/**
 * One caption: {@code text} on screen from {@code start} to {@code end} seconds, and when each of its words is the
 * one being spoken. The words' times tile the cue: the first is picked out from the cue's start, each until the next
 * one starts (through any pause), the last until the cue ends. The burned highlight and the WebVTT file's word
 * timestamps are both read from them.
 *
 * @param words the cue's words with their times, or none for a cue without word times
 */
public record CaptionCue(double start, double end, String text, List<WordTiming> words) {

    public CaptionCue {
        if (!(end > start) || start < 0) {
            throw new IllegalArgumentException("a caption needs 0 <= start < end, got " + start + ".." + end);
        }
        words = List.copyOf(words);
        double at = start;
        for (WordTiming word : words) {
            if (word.start() != at || !(word.end() > word.start())) {
                throw new IllegalArgumentException("a caption's words must follow each other from its start, got "
                        + words + " in " + start + ".." + end);
            }
            at = word.end();
        }
        if (!words.isEmpty() && at != end) {
            throw new IllegalArgumentException("a caption's last word must last until its end, got " + words);
        }
    }

    /** A caption without word times (as a SubRip file holds them). */
    public CaptionCue(double start, double end, String text) {
        this(start, end, text, List.of());
    }
}
