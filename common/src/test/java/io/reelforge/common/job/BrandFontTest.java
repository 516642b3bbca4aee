package io.reelforge.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class BrandFontTest {

    @Test
    void aFontIsFoundByItsNameWhateverItsCase() {
        assertThat(BrandFont.find(" Comfortaa ")).contains(BrandFont.COMFORTAA);
        assertThat(BrandFont.find("noto-sans")).contains(BrandFont.NOTO_SANS);
        assertThat(BrandFont.find("comic-sans")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(BrandFont.class)
    void everyFontAndItsLicenceAreThisModulesResources(BrandFont font) throws IOException {
        try (InputStream file = BrandFont.class.getResourceAsStream(font.resource());
                InputStream licence = BrandFont.class.getResourceAsStream(font.licenceResource())) {
            assertThat(file).as(font.resource()).isNotNull();
            assertThat(file.readNBytes(4)).as("a TrueType file").containsExactly(0, 1, 0, 0);
            assertThat(licence).as(font.licenceResource()).isNotNull();
        }
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
