package io.reelforge.media.image;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.media.testing.TestImages;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class ExifOrientationTest {

    private final ImageDecoder decoder = new ImageDecoder(50_000_000, 200);

    @Test
    void aPhotoTaggedRotatedIsTurnedUpright() throws Exception {
        BufferedImage decoded = decoder.decode(withOrientation(TestImages.jpeg(640, 400), 6));

        assertThat(decoded.getWidth()).isEqualTo(400);
        assertThat(decoded.getHeight()).isEqualTo(640);
    }

    @Test
    void aPhotoTaggedUpsideDownKeepsItsSize() throws Exception {
        BufferedImage decoded = decoder.decode(withOrientation(TestImages.jpeg(640, 400), 3));

        assertThat(decoded.getWidth()).isEqualTo(640);
        assertThat(ExifOrientation.of(withOrientation(TestImages.jpeg(640, 400), 3))).isEqualTo(3);
    }

    @Test
    void aPhotoWithoutExifIsShownAsStored() throws Exception {
        assertThat(ExifOrientation.of(TestImages.jpeg(640, 400))).isEqualTo(1);
        assertThat(decoder.decode(TestImages.jpeg(640, 400)).getWidth()).isEqualTo(640);
    }

    @Test
    void rotatingMovesThePixels() {
        BufferedImage image = new BufferedImage(4, 2, BufferedImage.TYPE_3BYTE_BGR);
        image.setRGB(0, 0, 0xFFFFFF); // top-left white
        BufferedImage turned = ExifOrientation.apply(image, 6); // 90 degrees clockwise: top-left goes top-right

        assertThat(turned.getWidth()).isEqualTo(2);
        assertThat(turned.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0xFFFFFF);
        assertThat(turned.getRGB(0, 0) & 0xFFFFFF).isZero();
    }

    /** Inserts an APP1 EXIF block (little-endian TIFF, one IFD entry: orientation) after the JPEG's SOI marker. */
    static byte[] withOrientation(byte[] jpeg, int orientation) {
        ByteBuffer tiff = ByteBuffer.allocate(26).order(ByteOrder.LITTLE_ENDIAN);
        tiff.put((byte) 'I').put((byte) 'I').putShort((short) 42).putInt(8);
        tiff.putShort((short) 1);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        tiff.putInt(0);
        byte[] body = tiff.array();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xD8);
        out.write(0xFF);
        out.write(0xE1);
        int length = 2 + 6 + body.length;
        out.write(length >> 8);
        out.write(length & 0xFF);
        out.writeBytes(new byte[] {'E', 'x', 'i', 'f', 0, 0});
        out.writeBytes(body);
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }
}
