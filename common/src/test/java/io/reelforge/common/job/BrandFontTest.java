package io.reelforge.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BrandFontTest {

    @Test
    void aFontIsFoundByItsNameWhateverItsCase() {
        assertThat(BrandFont.find(" Comfortaa ")).contains(BrandFont.COMFORTAA);
        assertThat(BrandFont.find("noto-sans")).contains(BrandFont.NOTO_SANS);
        assertThat(BrandFont.find("comic-sans")).isEmpty();
    }

    @Test
    void theDefaultFontIsTheOneVideosHadBeforeBrandKits() {
        assertThat(BrandFont.DEFAULT.file()).isEqualTo("DejaVuSans-Bold.ttf");
    }

    @Test
    void atLeastOneShippedFontCoversLatinGreekAndCyrillicAndOneIsRounded() {
        assertThat(BrandFont.values()).anySatisfy(font -> assertThat(font.scripts())
                .contains("Latin", "Greek", "Cyrillic"));
        assertThat(BrandFont.values()).anySatisfy(font -> assertThat(font.description()).containsIgnoringCase("rounded"));
    }
}
