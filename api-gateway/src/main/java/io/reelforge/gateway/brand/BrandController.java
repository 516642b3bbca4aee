package io.reelforge.gateway.brand;

import io.reelforge.common.job.BrandFont;
import io.reelforge.common.job.BrandKit;
import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.api.JobViews;
import io.reelforge.gateway.api.BrandInput;
import io.reelforge.gateway.auth.Caller;
import io.reelforge.gateway.job.JobSubmissionService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The caller's brand kit, which every video of its tenant renders with (a job's own {@code brand} fields win), and
 * the fonts a kit may name. A key sees and changes only its own tenant's kit.
 */
@RestController
@RequestMapping(produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Brand", description = "How the tenant's videos look: logo, colours, font")
class BrandController {

    private final TenantBrandKits kits;
    private final JobSubmissionService submissions;
    private final JobViews views;

    BrandController(TenantBrandKits kits, JobSubmissionService submissions, JobViews views) {
        this.kits = kits;
        this.submissions = submissions;
        this.views = views;
    }

    @Schema(name = "BrandFont")
    record FontView(
            @Schema(description = "What a kit's font field names", example = "comfortaa") String name,
            @Schema(example = "Comfortaa Bold") String family,
            String description,
            @Schema(description = "The writing systems it has glyphs for", example = "[\"Latin\", \"Greek\", \"Cyrillic\"]")
            List<String> scripts,
            @Schema(example = "SIL Open Font License 1.1") String licence,
            @Schema(description = "The TrueType file, served without a key (for a preview's @font-face)",
                    example = "/console/fonts/comfortaa.ttf") String file) {
    }

    @Schema(name = "BrandFontList")
    record FontList(List<FontView> fonts, @Schema(description = "The font of videos whose kit names none",
            example = "dejavu-sans") String defaultFont) {
    }

    @GetMapping(ApiPaths.BRAND)
    @Operation(summary = "The caller's brand kit")
    @ApiResponse(responseCode = "200", description = "The kit")
    @ApiResponse(responseCode = "404", description = "brand_kit_not_found: the tenant has none (the default look)")
    BrandInput get(Caller caller) {
        return view(kits.find(caller.tenant()).orElseThrow(BrandKitNotFoundException::new));
    }

    @PutMapping(path = ApiPaths.BRAND, consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Replace the caller's brand kit (fields left out are unset; {} removes it); the logo URL is"
            + " checked against the fetch policy, the font must be shipped (GET /api/v1/brand/fonts)")
    @ApiResponse(responseCode = "200", description = "The kit as stored")
    BrandInput put(Caller caller, @Valid @RequestBody BrandInput body) {
        BrandKit kit = body.toBrandKit();
        BrandKitResolver.checkFont("font", kit.font());
        if (kit.logoUrl() != null) {
            submissions.checkUrl("logoUrl", kit.logoUrl());
        }
        kits.replace(caller.tenant(), kit);
        return view(kit);
    }

    @DeleteMapping(ApiPaths.BRAND)
    @Operation(summary = "Remove the caller's brand kit: its videos go back to the default look")
    @ApiResponse(responseCode = "204", description = "Removed, or there was none")
    ResponseEntity<Void> delete(Caller caller) {
        kits.delete(caller.tenant());
        return ResponseEntity.noContent().build();
    }

    @GetMapping(ApiPaths.BRAND_FONTS)
    @Operation(operationId = "listBrandFonts", summary = "The fonts a brand kit may name, with their licences")
    FontList fonts() {
        return new FontList(Arrays.stream(BrandFont.values()).map(font -> new FontView(font.id(), font.family(),
                font.description(), font.scripts(), font.licence(), views.url(ApiPaths.consoleFont(font.id()))))
                .toList(), BrandFont.DEFAULT.id());
    }

    private static BrandInput view(BrandKit kit) {
        return new BrandInput(kit.logoUrl(), kit.primaryColor(), kit.accentColor(), kit.font());
    }
}
