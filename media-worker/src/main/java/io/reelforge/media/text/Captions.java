package io.reelforge.media.text;

import io.reelforge.media.speech.ScriptWords;
import io.reelforge.media.speech.WordTiming;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts each scene's narration into short captions (a few words, one glance each) and times them, and each of their
 * words, within the time the scene is spoken. Word times come from the narrator when it reported them, otherwise
 * from the speech's length spread over the words by {@link Syllables}. A word is picked out from its start until the
 * next word starts, so the highlight never goes dark between words; a caption lasts from its first word's start
 * until the next caption's (the scene's first from the start of the scene's speech, its last to the end of it), so
 * captions follow each other without gap or overlap inside a scene, and the breath after a scene shows none. All
 * times are whole milliseconds, as the caption files write them, so the burned captions and the files agree
 * exactly.
 */
public final class Captions {

    static final int MAX_WORDS = 6;
    static final int MAX_CHARS = 32;

    private Captions() {
    }

    /**
     * @param texts each scene's narration
     * @param starts when each scene's speech starts, in seconds
     * @param speechSeconds how long each scene's speech lasts (without the breath after it)
     * @param sceneWords each scene's word timings within its speech, as its narrator reported them, or none
     */
    public static List<CaptionCue> cues(List<String> texts, List<Double> starts, List<Double> speechSeconds,
            List<List<WordTiming>> sceneWords) {
        List<CaptionCue> cues = new ArrayList<>();
        for (int scene = 0; scene < texts.size(); scene++) {
            List<String> words = ScriptWords.of(texts.get(scene));
            long from = millis(starts.get(scene));
            long to = millis(starts.get(scene) + speechSeconds.get(scene));
            if (words.isEmpty() || to - from < words.size()) {
                continue; // nothing said, or said in less than a millisecond a word: nothing anyone could read
            }
            List<WordTiming> reported = sceneWords.get(scene);
            List<WordTiming> timed = reported.size() == words.size() ? reported
                    : Syllables.spread(words, speechSeconds.get(scene));
            long[] highlights = highlightStarts(timed, from, to);
            int first = 0;
            for (List<String> chunk : chunks(words)) {
                int next = first + chunk.size();
                long end = next == words.size() ? to : highlights[next];
                List<WordTiming> cueWords = new ArrayList<>();
                for (int w = first; w < next; w++) {
                    cueWords.add(new WordTiming(words.get(w), seconds(highlights[w]),
                            seconds(w + 1 < next ? highlights[w + 1] : end)));
                }
                cues.add(new CaptionCue(seconds(highlights[first]), seconds(end), String.join(" ", chunk), cueWords));
                first = next;
            }
        }
        return cues;
    }

    /** Without word timings: each scene's speech spread over its words by syllables. */
    public static List<CaptionCue> cues(List<String> texts, List<Double> starts, List<Double> speechSeconds) {
        return cues(texts, starts, speechSeconds, texts.stream().map(t -> List.<WordTiming>of()).toList());
    }

    /**
     * When each word is picked out, in milliseconds of the video: from its start, the first from the speech's start,
     * each at least a millisecond after the one before and before the speech ends (engines may report words too short
     * to show, or ending exactly where the speech does).
     */
    private static long[] highlightStarts(List<WordTiming> words, long from, long to) {
        long[] starts = new long[words.size()];
        starts[0] = from;
        for (int w = 1; w < starts.length; w++) {
            starts[w] = Math.max(from + millis(words.get(w).start()), starts[w - 1] + 1);
        }
        for (int w = starts.length - 1; w > 0; w--) {
            starts[w] = Math.min(starts[w], (w + 1 < starts.length ? starts[w + 1] : to) - 1);
        }
        return starts;
    }

    /** Splits at sentence and clause ends when it can, otherwise every {@link #MAX_WORDS} words. */
    static List<List<String>> chunks(List<String> words) {
        List<List<String>> chunks = new ArrayList<>();
        List<String> chunk = new ArrayList<>();
        int length = 0;
        for (String word : words) {
            if (!chunk.isEmpty() && (chunk.size() >= MAX_WORDS || length + 1 + word.length() > MAX_CHARS)) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                length = 0;
            }
            length += (chunk.isEmpty() ? 0 : 1) + word.length();
            chunk.add(word);
            if (chunk.size() >= 2 && word.matches(".*[.!?;:,]$")) {
                chunks.add(chunk);
                chunk = new ArrayList<>();
                length = 0;
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk);
        }
        return chunks;
    }

    private static long millis(double seconds) {
        return Math.round(seconds * 1000);
    }

    private static double seconds(long millis) {
        return millis / 1000.0;
    }
}
