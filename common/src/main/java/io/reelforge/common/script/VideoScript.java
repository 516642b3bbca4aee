package io.reelforge.common.script;

import com.fasterxml.jackson.annotation.JsonIgnore;
import io.reelforge.common.job.JobWarning;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A narrated script, scene by scene; both writers (the language model and the offline templates) produce this.
 *
 * @param warnings what the writer has to say about the script as a result (it is shorter than asked for, and
 *        why): handed to the job's results when the script is saved there ({@code JobResults.withScript}), so it
 *        is never part of the script's own JSON
 */
public record VideoScript(
        String language,
        String title,
        @Nullable String hook,
        List<Scene> scenes,
        @Nullable String callToAction,
        @JsonIgnore List<JobWarning> warnings) {

    public VideoScript {
        scenes = scenes == null ? List.of() : List.copyOf(scenes);
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    public VideoScript(String language, String title, @Nullable String hook, List<Scene> scenes,
            @Nullable String callToAction) {
        this(language, title, hook, scenes, callToAction, List.of());
    }

    public VideoScript withWarnings(List<JobWarning> value) {
        return new VideoScript(language, title, hook, scenes, callToAction, value);
    }

    /** The whole narration as it will be spoken, scene after scene. */
    public String narration() {
        return String.join(" ", scenes.stream().map(Scene::narration).toList());
    }
}
