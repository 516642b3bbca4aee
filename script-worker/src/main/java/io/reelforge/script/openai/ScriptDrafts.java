package io.reelforge.script.openai;

import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.SpokenText;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Turns a model's draft into a {@link VideoScript} in two steps: {@link #asWritten} keeps the model's text as it
 * came, so the validator sees exactly what the model wrote; {@link #polished} tidies an accepted script for the
 * screen (captions kept short and free of markup).
 */
final class ScriptDrafts {

    private static final int CAPTION_WORDS = 6;
    private static final int EMPHASIS_CHARS = 30;

    private ScriptDrafts() {
    }

    static VideoScript asWritten(ScriptDraft draft, ScriptSubject subject, String language) {
        List<Scene> scenes = draft.scenes() == null ? List.of() : draft.scenes().stream().filter(Objects::nonNull)
                .map(s -> new Scene(orEmpty(s.narration()), s.onScreenText(),
                        subject.imageCount() == 0 ? 0 : s.imageIndex(), emphasis(s.emphasis())))
                .toList();
        return new VideoScript(language, subject.title(), draft.hook(), scenes, draft.callToAction());
    }

    static VideoScript polished(VideoScript script) {
        List<Scene> scenes = script.scenes().stream().map(s -> {
            String caption = SpokenText.caption(orEmpty(s.onScreenText()), CAPTION_WORDS);
            return new Scene(SpokenText.clean(s.narration()), caption.isBlank() ? null : caption, s.imageIndex(),
                    s.emphasis());
        }).toList();
        return new VideoScript(script.language(), script.title(), blankToNull(script.hook()), scenes,
                blankToNull(script.callToAction()));
    }

    /** "Social proof" and "SOCIAL_PROOF" alike become "social_proof"; anything long or empty is dropped. */
    private static @Nullable String emphasis(@Nullable String value) {
        String normalized = orEmpty(value).strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", "_")
                .replaceAll("^_|_$", "");
        return normalized.isEmpty() || normalized.length() > EMPHASIS_CHARS ? null : normalized;
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        String clean = SpokenText.clean(text);
        return clean.isBlank() ? null : clean;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
