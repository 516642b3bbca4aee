package io.reelforge.media.compose;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.util.List;
import org.junit.jupiter.api.Test;

class FrameBlenderTest {

    private final YuvImage black = YuvImage.fromBgr(filled(Color.BLACK));
    private final YuvImage white = YuvImage.fromBgr(filled(Color.WHITE));
    private final ByteBuffer out = ByteBuffer.allocateDirect(YuvImage.byteSize(16, 8));

    @Test
    void convertsToStudioRangeBt709() {
        assertThat(black.lumaAt(3, 3)).isEqualTo(16);
        assertThat(white.lumaAt(3, 3)).isEqualTo(235);
        YuvImage red = YuvImage.fromBgr(filled(Color.RED));
        assertThat(red.lumaAt(0, 0)).isEqualTo(63); // 16 + 0.2126 * 219
        assertThat(red.planes()[16 * 8 + 16 * 8 / 4]).isEqualTo((byte) 240); // V of pure red: 128 + 112
    }

    @Test
    void outsideACrossfadeTheFrameIsTheScenePicture() {
        new FrameBlender(List.of(black, white)).compose(SceneMix.only(1), out);

        assertThat(out.remaining()).isEqualTo(YuvImage.byteSize(16, 8));
        assertThat(Byte.toUnsignedInt(out.get(0))).isEqualTo(235);
    }

    @Test
    void halfwayThroughACrossfadeEachPixelIsTheMeanOfBothScenes() {
        new FrameBlender(List.of(black, white)).compose(new SceneMix(0, 1, 0.5), out);

        assertThat(Byte.toUnsignedInt(out.get(0))).isEqualTo((16 + 235 + 1) / 2);
        assertThat(Byte.toUnsignedInt(out.get(16 * 8))).isEqualTo(128); // chroma of two greys stays neutral
    }

    @Test
    void theBufferIsReusedFrameAfterFrame() {
        FrameBlender blender = new FrameBlender(List.of(black, white));
        blender.compose(SceneMix.only(1), out);
        blender.compose(SceneMix.only(0), out);

        assertThat(Byte.toUnsignedInt(out.get(0))).isEqualTo(16);
        assertThat(out.limit()).isEqualTo(out.capacity());
    }

    private static BufferedImage filled(Color color) {
        BufferedImage image = new BufferedImage(16, 8, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = image.createGraphics();
        g.setColor(color);
        g.fillRect(0, 0, 16, 8);
        g.dispose();
        return image;
    }
}
