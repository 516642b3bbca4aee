package io.reelforge.gateway.api;

import io.reelforge.common.script.Scene;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** One shot of a client-written script: the sentence spoken and the product image shown. */
@Schema(name = "Scene")
public record SceneInput(
        @Schema(requiredMode = Schema.RequiredMode.REQUIRED) @NotBlank @Size(max = 600) String narration,
        @Size(max = 120) @Nullable String onScreenText,
        @Schema(description = "Index into product.images") @Min(0) int imageIndex,
        @Size(max = 60) @Nullable String emphasis) {

    public Scene toScene() {
        return new Scene(narration.strip(), RequestRules.trimmed(onScreenText), imageIndex,
                RequestRules.trimmed(emphasis));
    }
}
