package io.reelforge.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class VideoFormatNameTest {

    @Test
    void aFormatIsFoundByTheNameAClientWrites() {
        assertThat(VideoFormatName.find("1:1")).contains(VideoFormatName.SQUARE);
        assertThat(VideoFormatName.find(" 16:9@720 ")).contains(VideoFormatName.LANDSCAPE_720);
    }

    @Test
    void anUnknownNameOrASizeIsNoFormat() {
        assertThat(VideoFormatName.find("3:2")).isEmpty();
        assertThat(VideoFormatName.find("1080x1080")).isEmpty();
        assertThat(VideoFormatName.find("")).isEmpty();
    }

    @Test
    void theNamesOfferedToClientsAreTheSixFormats() {
        assertThat(VideoFormatName.wireNames()).containsExactly("9:16", "9:16@1080", "1:1", "4:5", "16:9", "16:9@720");
    }
}
