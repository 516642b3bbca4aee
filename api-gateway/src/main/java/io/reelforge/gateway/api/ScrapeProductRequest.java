package io.reelforge.gateway.api;

import static io.reelforge.gateway.api.RequestRules.*;

import io.reelforge.common.job.JobOptions;
import io.reelforge.common.job.JobRequest;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Null;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** {@code POST /api/v1/scrape-product-url}, the original route: extract the product on a page. */
@Schema(description = "A product page to extract the product details from")
public record ScrapeProductRequest(
        @Schema(description = "The product page", example = "https://shop.example/products/aurora",
                requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) String url,
        // render options are refused here, not silently dropped: a scrape job renders nothing
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable String format,
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable Boolean captions,
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable String musicUrl,
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable String voice,
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable String narration,
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable String captionStyle,
        @Schema(hidden = true) @Null(message = RENDER_ONLY_MESSAGE) @Nullable Object brand,
        @Schema(description = "Where to send this job's signed webhooks (job.succeeded, job.failed, job.canceled, and the"
                + " opt-in job.progress);"
                + " without it, the tenant's default webhook URL if set")
        @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @Nullable String callbackUrl,
        @Schema(description = "Opt-in webhook events besides the final ones, e.g. [\"job.progress\"]; without it,"
                + " the tenant's default")
        @Size(max = MAX_WEBHOOK_EVENTS)
        @Nullable List<@NotNull @Pattern(regexp = WEBHOOK_EVENT, message = WEBHOOK_EVENT_MESSAGE) String> webhookEvents) {

    public JobRequest toJobRequest() {
        return JobRequest.forUrl(url.strip(), JobOptions.defaults());
    }
}
