package io.reelforge.media.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.job.VideoFormatName;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class VideoFormatTest {

    @Test
    void theNamedFormatsHaveThePlatformsSizes() {
        assertThat(VideoFormat.parse("9:16")).extracting(VideoFormat::width, VideoFormat::height).containsExactly(720, 1280);
        assertThat(VideoFormat.parse("9:16@1080")).extracting(VideoFormat::width, VideoFormat::height)
                .containsExactly(1080, 1920);
        assertThat(VideoFormat.parse("1:1")).extracting(VideoFormat::width, VideoFormat::height).containsExactly(1080, 1080);
        assertThat(VideoFormat.parse("4:5")).extracting(VideoFormat::width, VideoFormat::height).containsExactly(1080, 1350);
        assertThat(VideoFormat.parse("16:9")).extracting(VideoFormat::width, VideoFormat::height).containsExactly(1920, 1080);
        assertThat(VideoFormat.parse("16:9@720")).extracting(VideoFormat::width, VideoFormat::height)
                .containsExactly(1280, 720);
        assertThat(VideoFormat.parse("640x360").width()).isEqualTo(640);
    }

    @Test
    void everyFormatAClientMayNameHasItsFrameSizeUnderTheSameName() {
        for (VideoFormatName name : VideoFormatName.values()) {
            assertThat(VideoFormat.of(name).name()).isEqualTo(name.wireName());
            assertThat(VideoFormat.parse(name.wireName())).isEqualTo(VideoFormat.of(name));
        }
        assertThat(VideoFormat.of(VideoFormatName.SQUARE)).isEqualTo(new VideoFormat("1:1", 1080, 1080));
    }

    @Test
    void oddOrUnknownSizesAreRefused() {
        assertThatThrownBy(() -> VideoFormat.parse("3:2")).hasMessageContaining("unknown video format");
        assertThatThrownBy(() -> VideoFormat.parse("641x360")).hasMessageContaining("even");
    }

    @Test
    void pricesReadAsShoppersWriteThem() {
        assertThat(VideoTexts.price(new BigDecimal("199"), "USD")).isEqualTo("$199");
        assertThat(VideoTexts.price(new BigDecimal("49.5"), "EUR")).isEqualTo("€49.50");
        assertThat(VideoTexts.price(new BigDecimal("12.00"), null)).isEqualTo("12");
        assertThat(VideoTexts.price(null, "USD")).isNull();
    }
}
