package io.reelforge.media.brand;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.BrandFont;
import java.awt.Font;
import java.io.InputStream;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every font a kit may name is in the jar with its licence, and draws every script it claims to. */
class ShippedFontsTest {

    private static final Map<String, String> SAMPLES = Map.of(
            "Latin", "Ærø Façade Straße Łódź",
            "Greek", "Καλημέρα κόσμε",
            "Cyrillic", "Съешь же ещё этих булок",
            "Armenian", "Բարեւ աշխարհ",
            "Georgian", "გამარჯობა",
            "Hebrew", "שלום עולם",
            "Arabic", "مرحبا بالعالم");

    @ParameterizedTest
    @EnumSource(BrandFont.class)
    void theFontAndItsLicenceAreShipped(BrandFont shipped) throws Exception {
        try (InputStream licence = getClass().getResourceAsStream(shipped.licenceResource())) {
            assertThat(licence).as(shipped.licenceFile()).isNotNull();
            assertThat(new String(licence.readAllBytes())).containsIgnoringCase("licen");
        }
        assertThat(FontPainters.of(shipped).font().getFontName()).isNotBlank();
    }

    @ParameterizedTest
    @EnumSource(BrandFont.class)
    void theFontHasAGlyphForEveryLetterOfTheScriptsItClaims(BrandFont shipped) {
        Font font = FontPainters.of(shipped).font();
        for (String script : shipped.scripts()) {
            String sample = SAMPLES.get(script);
            assertThat(sample).as("a sample of " + script).isNotNull();
            assertThat(font.canDisplayUpTo(sample)).as(shipped.id() + " draws " + script).isEqualTo(-1);
        }
    }
}
