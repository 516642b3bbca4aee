package io.reelforge.scraper.extract;

import org.jsoup.nodes.Element;

/**
 * The weakest source, for pages without structured data (Amazon's product pages have none): the main heading,
 * the meta description, the product pictures, a price shown next to the heading, the feature bullets. Features
 * come only from here: structured data has no good place for them.
 */
final class HtmlFallbackExtractor {

    private final ExtractionLimits limits;

    HtmlFallbackExtractor(ExtractionLimits limits) {
        this.limits = limits;
    }

    PartialProduct extract(PageContext page) {
        Element heading = Headings.main(page).orElse(null);
        PartialProduct.Builder builder = PartialProduct.builder()
                .title(heading == null ? null : Headings.text(heading))
                .title(page.documentTitle())
                .description(page.meta("description"))
                .price(VisiblePrice.find(page, heading).orElse(null));
        PageImages.find(page, limits.maxImages()).forEach(builder::image);
        FeatureLists.find(page, heading, limits.maxFeatures()).forEach(builder::feature);
        return builder.build();
    }
}
