package io.reelforge.gateway.api;

import static io.reelforge.gateway.api.RequestRules.LANGUAGE_MESSAGE;
import static io.reelforge.gateway.api.RequestRules.LANGUAGE_TAG;

import io.reelforge.common.job.JobOptions;
import io.reelforge.common.script.VideoScript;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A script the client wrote itself, so {@code generate-video} can skip writing one. */
@Schema(name = "Script")
public record ScriptInput(
        @Schema(description = "The script's language (BCP 47), which its voice must speak; the request's language"
                + " when absent", example = "en")
        @Pattern(regexp = LANGUAGE_TAG, message = LANGUAGE_MESSAGE) @Nullable String language,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 200) String title,
        @Size(max = 300) @Nullable String hook,
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotEmpty @Size(max = 30) List<@NotNull @Valid SceneInput> scenes,
        @Size(max = 300) @Nullable String callToAction) {

    /**
     * @param requestLanguage the request's own {@code language}: what a script without one is written in (it is read
     *     in that language's voice), before the default
     */
    public VideoScript toScript(@Nullable String requestLanguage) {
        String tag = language != null && !language.isBlank() ? language.strip()
                : requestLanguage != null && !requestLanguage.isBlank() ? requestLanguage.strip()
                : JobOptions.DEFAULT_LANGUAGE;
        return new VideoScript(tag, title.strip(), RequestRules.trimmed(hook),
                scenes.stream().map(SceneInput::toScene).toList(), RequestRules.trimmed(callToAction));
    }
}
