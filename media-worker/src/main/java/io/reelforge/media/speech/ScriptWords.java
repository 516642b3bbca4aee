package io.reelforge.media.speech;

import java.util.Arrays;
import java.util.List;

/**
 * The words of a narration as captions show them and as word timings are reported: the text split at runs of white
 * space and control characters, punctuation kept on its word ({@code "set,"}, {@code "$49.99"}). One definition, so a
 * narrator's timings and the captions count the same words.
 */
public final class ScriptWords {

    private ScriptWords() {
    }

    public static List<String> of(String text) {
        String clean = text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
        return clean.isEmpty() ? List.of() : Arrays.asList(clean.split(" "));
    }
}
