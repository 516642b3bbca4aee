package io.reelforge.gateway.api;

import static io.reelforge.gateway.api.RequestRules.*;

import io.reelforge.common.product.ProductDetails;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Product facts a client already has (what the scraper would have found), sent instead of a page URL. */
@Schema(name = "Product", description = "Product facts, as the scraper would have extracted them")
public record ProductInput(
        @Schema(example = "Aurora Ceramic Pour-Over Set", requiredMode = Schema.RequiredMode.REQUIRED)
        @NotBlank @Size(max = 300) String title,
        @Size(max = 5000) @Nullable String description,
        @Size(max = 200) @Nullable String brand,
        @PositiveOrZero @Digits(integer = 12, fraction = 4) @Nullable BigDecimal price,
        @Schema(example = "USD") @Pattern(regexp = "[A-Za-z]{3}", message = "must be a currency code such as USD")
        @Nullable String currency,
        @Size(max = 100) @Nullable String availability,
        @Size(max = 100) @Nullable String sku,
        @Schema(description = "Absolute image URLs, best first")
        @Size(max = 20) @Nullable List<@NotBlank @Size(max = MAX_URL_LENGTH)
                @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) String> images,
        @Size(max = 30) @Nullable List<@NotBlank @Size(max = 300) String> features,
        @Size(max = MAX_URL_LENGTH) @Pattern(regexp = HTTP_URL, message = HTTP_URL_MESSAGE) @Nullable String url) {

    public int imageCount() {
        return images == null ? 0 : images.size();
    }

    public ProductDetails toDetails() {
        return new ProductDetails(title.strip(), trimmed(description), trimmed(brand), price,
                currency == null ? null : currency.toUpperCase(Locale.ROOT), trimmed(availability), trimmed(sku),
                images == null ? List.of() : images.stream().map(String::strip).toList(),
                features == null ? List.of() : features.stream().map(String::strip).toList(), trimmed(url));
    }
}
