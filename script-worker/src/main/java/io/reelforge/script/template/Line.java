package io.reelforge.script.template;

import io.reelforge.script.write.SpokenText;
import org.jspecify.annotations.Nullable;

/** One spoken sentence (or a few) with the short text shown while it is spoken. */
record Line(String spoken, String caption, @Nullable String emphasis) {

    Line(String spoken, String caption) {
        this(spoken, caption, null);
    }

    int words() {
        return SpokenText.wordCount(spoken);
    }
}
