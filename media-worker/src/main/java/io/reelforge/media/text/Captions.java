package io.reelforge.media.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts each scene's narration into short captions (a few words, one glance each) and times them within the
 * time the scene is spoken: each chunk gets a share of the speech proportional to its length in characters, the
 * best estimate of speaking time there is without word timings. Chunks follow each other without gap or overlap
 * inside a scene; the breath after a scene shows none.
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
     */
    public static List<CaptionCue> cues(List<String> texts, List<Double> starts, List<Double> speechSeconds) {
        List<CaptionCue> cues = new ArrayList<>();
        for (int scene = 0; scene < texts.size(); scene++) {
            List<String> chunks = chunks(TextPainter.clean(texts.get(scene)));
            double total = chunks.stream().mapToInt(Captions::weight).sum();
            double at = starts.get(scene);
            double length = speechSeconds.get(scene);
            double done = 0;
            for (String chunk : chunks) {
                double start = at + length * done / total;
                done += weight(chunk);
                double end = at + length * done / total;
                if (end > start) {
                    cues.add(new CaptionCue(start, end, chunk));
                }
            }
        }
        return cues;
    }

    /** Splits at sentence and clause ends when it can, otherwise every {@link #MAX_WORDS} words. */
    static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        if (text.isEmpty()) {
            return chunks;
        }
        StringBuilder chunk = new StringBuilder();
        int words = 0;
        for (String word : text.split(" ")) {
            if (words > 0 && (words >= MAX_WORDS || chunk.length() + 1 + word.length() > MAX_CHARS)) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
                words = 0;
            }
            if (words > 0) {
                chunk.append(' ');
            }
            chunk.append(word);
            words++;
            if (words >= 2 && word.matches(".*[.!?;:,]$")) {
                chunks.add(chunk.toString());
                chunk.setLength(0);
                words = 0;
            }
        }
        if (!chunk.isEmpty()) {
            chunks.add(chunk.toString());
        }
        return chunks;
    }

    private static int weight(String chunk) {
        return chunk.length() + 2; // a pause between chunks takes time too
    }
}
