package io.reelforge.gateway.api;

import static io.reelforge.gateway.api.RequestRules.*;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** One item of a batch: a product page to scrape, or product facts to use as they are; options over the batch's. */
@Schema(name = "BatchItem", description = "A product page (url) or product facts (product); exactly one of them")
@CrossFieldValid
public record BatchItemInput(
        @Schema(description = "The product page", example = "https://shop.example/products/aurora")
        @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @Nullable String url,
        @Schema(description = "Product facts; an item with a title, a price and an image needs no scraping")
        @Valid @Nullable ProductInput product,
        @Schema(description = "This item's options, over the batch's defaults") @Valid @Nullable VideoOptions options)
        implements CrossFieldChecked {

    @Override
    public List<FieldProblem> crossFieldProblems() {
        if ((url == null) == (product == null)) {
            return List.of(new FieldProblem("url", "give either url or product, not both and not neither"));
        }
        return List.of();
    }
}
