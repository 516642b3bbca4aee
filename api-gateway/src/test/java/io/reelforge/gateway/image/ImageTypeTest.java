package io.reelforge.gateway.image;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Pictures are told by their first bytes; anything else, and SVG where it is not allowed, is none. */
class ImageTypeTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "JPEG, ffd8ffe000104a464946",
            "PNG, 89504e470d0a1a0a0000000d49484452",
            "GIF, 47494638396101000100",
            "WEBP, 52494646240000005745425056503820",
            // an ftyp box of 28 bytes: major brand avif
            "AVIF, 0000001c667479706176696600000000617669666d696631",
            // major brand mif1, avif among the compatible brands
            "AVIF, 000000206674797069663100000000006d696631617669666d696166",
    })
    void aPictureIsToldByItsSignature(ImageType type, String hex) {
        assertThat(ImageType.sniff(HexFormat.of().parseHex(hex), false)).hasValue(type);
    }

    @Test
    void aHeicFileIsNoneOfThem() {
        byte[] heic = HexFormat.of().parseHex("00000018667479706865696300000000686569636d696631");

        assertThat(ImageType.sniff(heic, true)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<svg xmlns=\"http://www.w3.org/2000/svg\"/>",
            "\uFEFF<?xml version=\"1.0\"?>\n<!-- made by hand -->\n<!DOCTYPE svg>\n<SVG viewBox=\"0 0 1 1\"></SVG>"})
    void anSvgIsRecognisedOnlyWhereItIsAllowed(String svg) {
        byte[] bytes = svg.getBytes(StandardCharsets.UTF_8);

        assertThat(ImageType.sniff(bytes, true)).hasValue(ImageType.SVG);
        assertThat(ImageType.sniff(bytes, false)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body><svg></svg></body></html>", "<?xml version=\"1.0\"?><html/>",
            "<svgx/>", "GIF88a", "", "<!-- never closed <svg>"})
    void textThatIsNoSvgIsNothing(String text) {
        assertThat(ImageType.sniff(text.getBytes(StandardCharsets.UTF_8), true)).isEmpty();
    }
}
