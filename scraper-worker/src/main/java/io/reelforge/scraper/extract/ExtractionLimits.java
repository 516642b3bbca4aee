package io.reelforge.scraper.extract;

/**
 * How much of a product the extractor keeps: a video needs a handful of good pictures and a few bullet points, and
 * a script prompt a description of reasonable length, not the whole catalogue entry.
 *
 * @param maxImages images kept, best first
 * @param maxFeatures bullet points kept
 * @param maxDescriptionLength characters of description kept (cut at a word boundary)
 */
public record ExtractionLimits(int maxImages, int maxFeatures, int maxDescriptionLength) {

    public static final int DEFAULT_MAX_IMAGES = 10;
    public static final int DEFAULT_MAX_FEATURES = 10;
    public static final int DEFAULT_MAX_DESCRIPTION_LENGTH = 2000;

    public ExtractionLimits {
        if (maxImages < 1 || maxFeatures < 0 || maxDescriptionLength < 20) {
            throw new IllegalArgumentException("limits must keep at least one image and 20 characters of description");
        }
    }

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_IMAGES, DEFAULT_MAX_FEATURES, DEFAULT_MAX_DESCRIPTION_LENGTH);
    }
}
