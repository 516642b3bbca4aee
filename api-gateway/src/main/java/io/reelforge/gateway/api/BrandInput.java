package io.reelforge.gateway.api;

import static io.reelforge.gateway.api.RequestRules.*;

import io.reelforge.common.job.BrandKit;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** A brand kit as a client writes it: a tenant's ({@code PUT /api/v1/brand}) or one job's fields over it. */
@Schema(name = "BrandKit", description = "How the videos look; every field is optional")
public record BrandInput(
        @Schema(description = "The logo, an http or https URL to a PNG, JPEG or SVG image, fetched under the same"
                + " address policy as product pages; shown on the opening and end cards and as a corner mark",
                example = "https://cdn.shop.example/logo.png")
        @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @Nullable String logoUrl,
        @Schema(description = "Colour of the cards and the price badge", example = "#1D3557")
        @Pattern(regexp = COLOR, message = COLOR_MESSAGE) @Nullable String primaryColor,
        @Schema(description = "Colour of the caption highlight and accents", example = "#E63946")
        @Pattern(regexp = COLOR, message = COLOR_MESSAGE) @Nullable String accentColor,
        @Schema(description = "One of the fonts the media worker ships (GET /api/v1/brand/fonts)", example = "dejavu-sans")
        @Pattern(regexp = FONT, message = FONT_MESSAGE) @Nullable String font) {

    public BrandKit toBrandKit() {
        return new BrandKit(trimmed(logoUrl), primaryColor, accentColor, font);
    }
}
