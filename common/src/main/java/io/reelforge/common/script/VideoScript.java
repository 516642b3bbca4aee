package io.reelforge.common.script;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A narrated script, scene by scene; both writers (the language model and the offline templates) produce this. */
public record VideoScript(
        String language,
        String title,
        @Nullable String hook,
        List<Scene> scenes,
        @Nullable String callToAction) {

    public VideoScript {
        scenes = scenes == null ? List.of() : List.copyOf(scenes);
    }

    /** The whole narration as it will be spoken, scene after scene. */
    public String narration() {
        return String.join(" ", scenes.stream().map(Scene::narration).toList());
    }
}
