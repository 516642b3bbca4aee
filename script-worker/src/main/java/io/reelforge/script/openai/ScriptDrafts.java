package io.reelforge.script.openai;

import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import io.reelforge.script.write.ScriptSubject;
import io.reelforge.script.write.SpokenText;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Checks a model's draft and turns it into a {@link VideoScript}: text cleaned for speech (no markdown, emoji or
 * links), scenes without narration dropped, image indexes brought into the product's images. A draft with nothing
 * left to say is refused.
 */
final class ScriptDrafts {

    private static final int CAPTION_WORDS = 6;

    private ScriptDrafts() {
    }

    static VideoScript toScript(ScriptDraft draft, ScriptSubject subject, String language) {
        if (draft.scenes() == null || draft.scenes().isEmpty()) {
            throw OpenAiFailures.invalidAnswer("it has no scenes");
        }
        List<Scene> scenes = new ArrayList<>();
        for (ScriptDraft.SceneDraft scene : draft.scenes()) {
            if (scene == null) {
                continue;
            }
            String narration = SpokenText.clean(scene.narration());
            if (SpokenText.wordCount(narration) == 0) {
                continue;
            }
            String caption = SpokenText.caption(orEmpty(scene.onScreenText()), CAPTION_WORDS);
            scenes.add(new Scene(narration, caption.isBlank() ? null : caption, subject.imageIndex(scene.imageIndex()),
                    null));
        }
        if (scenes.isEmpty()) {
            throw OpenAiFailures.invalidAnswer("none of its scenes has narration");
        }
        return new VideoScript(language, subject.title(), blankToNull(draft.hook()), scenes,
                blankToNull(draft.callToAction()));
    }

    private static @Nullable String blankToNull(@Nullable String text) {
        String clean = SpokenText.clean(text);
        return clean.isBlank() ? null : clean;
    }

    private static String orEmpty(@Nullable String text) {
        return text == null ? "" : text;
    }
}
