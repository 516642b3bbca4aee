package io.reelforge.gateway.batch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BatchFileNamesTest {

    @Test
    void aPageIsNamedByItsPlaceInTheBatchAndTheLastPartOfItsUrl() {
        assertThat(BatchFileNames.video(3, null, null, "https://shop.example/products/halcyon-anc-headphones.html",
                10)).isEqualTo("0003-halcyon-anc-headphones.mp4");
    }

    @Test
    void aFeedProductIsNamedByItsFeedIdAndItsTitle() {
        assertThat(BatchFileNames.video(7, "SKU/42", "Brass Desk Lamp, 40 cm", null, 10))
                .isEqualTo("sku-42-brass-desk-lamp-40-cm.mp4");
        assertThat(BatchFileNames.video(7, null, "Brass Desk Lamp", null, 10)).isEqualTo("0007-brass-desk-lamp.mp4");
    }

    @Test
    void placesArePaddedSoTheFilesSortInBatchOrderHoweverLargeTheBatch() {
        assertThat(BatchFileNames.index(42, 10)).isEqualTo("0042");
        assertThat(BatchFileNames.index(42, 10_000)).isEqualTo("0042");
        assertThat(BatchFileNames.index(42, 10_001)).isEqualTo("00042");
    }

    @Test
    void aPageWithoutAPathIsNamedByItsHost() {
        assertThat(BatchFileNames.video(0, null, null, "https://shop.example/", 2)).isEqualTo("0000-shop-example.mp4");
    }

    @Test
    void noNameLeavesTheFolderOrStartsWithADot() {
        assertThat(BatchFileNames.video(1, "../..", "../../etc/passwd", null, 2)).isEqualTo("0001-etc-passwd.mp4");
        assertThat(BatchFileNames.folder("b-1", "../Spring catalog/")).isEqualTo("spring-catalog");
        assertThat(BatchFileNames.folder("b-1", ".hidden")).isEqualTo("hidden");
    }

    @Test
    void aBatchWithoutANameThatCanBeWrittenIsFiledUnderItsId() {
        assertThat(BatchFileNames.folder("b-1", null)).isEqualTo("b-1");
        assertThat(BatchFileNames.folder("b-1", "!!!")).isEqualTo("b-1");
    }

    @Test
    void lettersOfEveryScriptAreKept() {
        assertThat(BatchFileNames.slug("Tasse à café — 咖啡杯")).isEqualTo("tasse-à-café-咖啡杯");
    }

    @Test
    void aLongTitleIsCutAtAWordBoundary() {
        String slug = BatchFileNames.slug("Ultra lightweight waterproof hiking backpack with rain cover and"
                + " hydration sleeve, forty litres");

        assertThat(slug).hasSizeLessThanOrEqualTo(60).isEqualTo(
                "ultra-lightweight-waterproof-hiking-backpack-with-rain-cover");
    }

    @Test
    void aSecondItemWithTheSameNameGetsItsPlaceAdded() {
        assertThat(BatchFileNames.withIndex("sku-1-mug.mp4", 12)).isEqualTo("sku-1-mug-12.mp4");
    }
}
