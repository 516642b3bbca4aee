package io.reelforge.script.openai;

import com.fasterxml.jackson.annotation.JsonClassDescription;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The script as the model must answer it. The client derives a strict JSON schema from this record (the
 * descriptions travel with it, so they are instructions to the model) and parses the answer back into it.
 * Fields are nullable because a model's answer is input to check, not a promise.
 */
@JsonClassDescription("A narrated script for a short vertical product video, scene by scene")
public record ScriptDraft(
        @JsonPropertyDescription("The opening line that stops the scroll; the first scene's narration starts with it")
        @Nullable String hook,
        @JsonPropertyDescription("The scenes in the order they are shown")
        @Nullable List<SceneDraft> scenes,
        @JsonPropertyDescription("The closing line telling the viewer what to do; the last scene's narration ends"
                + " with it")
        @Nullable String callToAction) {

    public record SceneDraft(
            @JsonPropertyDescription("What the narrator says over this scene: plain spoken sentences, no markdown,"
                    + " emoji, URLs or hashtags; prices in words as a person says them")
            @Nullable String narration,
            @JsonPropertyDescription("At most five words shown on screen during this scene")
            @Nullable String onScreenText,
            @JsonPropertyDescription("Which product image this scene shows, counted from 0")
            int imageIndex,
            @JsonPropertyDescription("What the scene stresses: product, feature, benefit, price, social_proof or"
                    + " call_to_action")
            @Nullable String emphasis) {
    }
}
