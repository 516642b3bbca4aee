package io.reelforge.script.write;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpokenTextTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "**Bold** and _plain_ text|Bold and _plain_ text",
            "# Heading|Heading",
            "- a bullet point|a bullet point",
            "See [our store](https://shop.example/x) now|See our store now",
            "Go to https://shop.example/p?id=1, today.|Go to, today.",
            "Visit www.shop.example!|Visit!",
            "Love it 😍🔥👍🏽 so much|Love it so much",
            "Family 👨‍👩‍👧 time|Family time",
            "Brand™ Thing® ©2024|Brand Thing 2024",
            "<p>Soft &amp; warm</p>|Soft and warm",
            "Bake at 200°C|Bake at 200 degrees C",
            "Wow!!! Really???|Wow! Really?",
            "#coffee lovers, #2 filters|coffee lovers, #2 filters"})
    void cleanKeepsOnlyWhatANarratorCanSay(String raw, String spoken) {
        assertThat(SpokenText.clean(raw)).isEqualTo(spoken);
    }

    @Test
    void wordsAreTokensWithALetterOrDigit() {
        assertThat(SpokenText.wordCount("Just 49 dollars - today!")).isEqualTo(4);
        assertThat(SpokenText.wordCount("  ")).isZero();
    }

    @Test
    void aSentenceIsCapitalizedAndEnds() {
        assertThat(SpokenText.sentence("fits standard filters;")).isEqualTo("Fits standard filters.");
        assertThat(SpokenText.sentence("Really?")).isEqualTo("Really?");
    }

    @Test
    void aCaptionStopsAtItsFirstClauseAndDropsADanglingWord() {
        assertThat(SpokenText.caption("Hydration sleeve: fits 3 liters", 5)).isEqualTo("Hydration sleeve");
        assertThat(SpokenText.caption("Made from the finest hand-picked beans", 4)).isEqualTo("Made from the finest");
        assertThat(SpokenText.caption("Made for the", 5)).isEqualTo("Made");
    }
}
