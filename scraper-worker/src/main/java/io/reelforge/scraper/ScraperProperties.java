package io.reelforge.scraper;

import io.reelforge.scraper.extract.ExtractionLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the scraper worker, under {@code reelforge.scraper.*}. Fetch limits (timeouts, size cap, redirects,
 * allowed hosts) are shared by every service and live under {@code reelforge.fetch.*}.
 *
 * @param maxImages product images kept, best first (the defaults are {@link ExtractionLimits#defaults()})
 * @param maxFeatures bullet points kept
 * @param maxDescriptionLength characters of description kept, cut at a word boundary
 */
@Validated
@ConfigurationProperties("reelforge.scraper")
public record ScraperProperties(
        @Min(1) @Max(50) @DefaultValue("10") int maxImages,
        @Min(0) @Max(50) @DefaultValue("10") int maxFeatures,
        @Min(100) @Max(20000) @DefaultValue("2000") int maxDescriptionLength) {

    public ExtractionLimits limits() {
        return new ExtractionLimits(maxImages, maxFeatures, maxDescriptionLength);
    }
}
