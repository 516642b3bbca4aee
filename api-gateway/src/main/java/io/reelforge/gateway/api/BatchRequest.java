package io.reelforge.gateway.api;

import static io.reelforge.gateway.api.RequestRules.*;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code POST /api/v1/batches} as JSON: the items themselves, or a product feed's URL to read them from (a Google
 * Merchant Center feed or a CSV file); the batch's default options; where to send {@code batch.completed}.
 */
@Schema(name = "BatchRequest", description = "Many videos at once: items, or a feed URL to read them from")
@CrossFieldValid
public record BatchRequest(
        @Schema(description = "The items, in order; up to 10,000")
        @Size(max = BatchRequest.MAX_ITEMS) @Nullable List<@NotNull @Valid BatchItemInput> items,
        @Schema(description = "A product feed to read the items from: Google Merchant Center (RSS or Atom) or CSV",
                example = "https://shop.example/feeds/google.xml")
        @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @Nullable String feedUrl,
        @Schema(description = "Options for every item, unless an item sets its own") @Valid @Nullable VideoOptions defaults,
        @Schema(description = "Make videos of items the feed says are out of stock too (skipped by default)")
        @Nullable Boolean includeOutOfStock,
        @Schema(description = "Where to send the signed batch.completed webhook; without it, the tenant's default")
        @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @Nullable String callbackUrl,
        @Schema(description = "A name for people, shown in the batch", example = "Spring catalog")
        @Size(max = 200) @Nullable String name) implements CrossFieldChecked {

    public static final int MAX_ITEMS = 10_000;

    @Override
    public List<FieldProblem> crossFieldProblems() {
        boolean hasItems = items != null && !items.isEmpty();
        if (hasItems == (feedUrl != null)) {
            return List.of(new FieldProblem("items", "give either items or feedUrl, not both and not neither"));
        }
        return List.of();
    }
}
