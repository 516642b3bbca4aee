package io.reelforge.media.brand;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.awt.Color;
import org.junit.jupiter.api.Test;

class ContrastTest {

    @Test
    void whiteAndBlackHaveTheLargestContrastRatio() {
        assertThat(Contrast.ratio(Contrast.luminance(Color.WHITE), Contrast.luminance(Color.BLACK)))
                .isCloseTo(21.0, within(1e-9));
    }

    @Test
    void darkBrandColoursGetWhiteText() {
        assertThat(Contrast.readableOn(new Color(0x1D3557))).isEqualTo(Color.WHITE); // navy
        assertThat(Contrast.readableOn(new Color(0xB71C1C))).isEqualTo(Color.WHITE); // deep red
    }

    @Test
    void lightBrandColoursGetNearBlackText() {
        assertThat(Contrast.readableOn(new Color(0xFFD54F))).isEqualTo(Contrast.NEAR_BLACK); // yellow
        assertThat(Contrast.readableOn(new Color(0x8BC34A))).isEqualTo(Contrast.NEAR_BLACK); // light green
    }

    @Test
    void aMidRedGetsNearBlackTextBecauseThatContrastsMoreByWcagsMeasure() {
        // #E53935 (today's badge): white 4.2:1, near-black 4.5:1
        assertThat(Contrast.readableOn(new Color(0xE53935))).isEqualTo(Contrast.NEAR_BLACK);
    }

    @Test
    void thePickedTextAlwaysMeetsTheWcagRatioForLargeText() {
        for (int rgb = 0; rgb < 0x1000000; rgb += 0x010305) {
            Color background = new Color(rgb);
            double lb = Contrast.luminance(background);
            double lt = Contrast.luminance(Contrast.readableOn(background));
            assertThat(Contrast.ratio(Math.max(lb, lt), Math.min(lb, lt))).as("on #%06X", rgb).isGreaterThan(3.0);
        }
    }
}
