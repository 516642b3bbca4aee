package io.reelforge.scraper.extract;

import org.jsoup.nodes.Element;

/**
 * The weakest source, for pages without structured data (Amazon's product pages have none): the main heading,
 * the meta description, the product pictures, a price shown next to the heading, the reference shown
 * ({@link VisibleSku}), the buy box's stock state ({@link StockSignals}), the feature bullets. Features
 * come only from here: structured data has no good place for them.
 */
final class HtmlFallbackExtractor {

    private final ExtractionLimits limits;

    HtmlFallbackExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    PartialProduct extract(PageContext page) {
        Element heading = Headings.main(page).orElse(null);
        String headingText = heading == null ? null : Headings.text(heading);
        // a one-word heading ("P100D", "Details") is a badge or a section, not the product's name
        boolean nameLike = headingText != null && (headingText.strip().split("\\s+").length > 1
                || page.documentTitle() == null);
        PartialProduct.Builder builder = PartialProduct.builder("heuristic")
                .title(nameLike ? headingText : null)
                .title(page.documentTitle())
                .description(page.meta("description"))
                .price(VisiblePrice.find(page, heading).orElse(null))
                .sku(VisibleSku.find(page).orElse(null))
                .availability(StockSignals.find(page, heading).orElse(null));
        PageImages.find(page, limits.maxImages()).forEach(builder::image);
        FeatureLists.find(page, heading, limits.maxFeatures()).forEach(builder::feature);
        return builder.build();
    }
}
