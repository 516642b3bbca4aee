package io.reelforge.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.media.testing.StaticHttpServer;
import io.reelforge.media.testing.TestImages;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.zip.CRC32;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Images a store may serve that must not reach the video, and must not stop it when a good one is left. */
class BadImagesTest {

    private final StaticHttpServer server = new StaticHttpServer();
    private final ImageFetcher fetcher = new ImageFetcher(ImageFetcherTest.loopbackClient(),
            new ImageDecoder(50_000_000, 200), 10);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aTruncatedJpegIsSkipped() {
        byte[] jpeg = TestImages.jpeg(640, 480);
        assertOnlyUnusable(server.serve("/cut.jpg", "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2)), "damaged");
    }

    @Test
    void aPngClaimingThirtyThousandPixelsASideIsRefusedFromItsHeader() {
        assertOnlyUnusable(server.serve("/bomb.png", "image/png", pngHeader(30_000, 30_000)), "too large");
    }

    @Test
    void anSvgIsSkipped() {
        byte[] svg = """
                <svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><rect width="800" height="800"/></svg>
                """.getBytes(StandardCharsets.UTF_8);
        assertOnlyUnusable(server.serve("/logo.svg", "image/svg+xml", svg), "");
    }

    @Test
    void anHtmlPageServedAsJpegIsSkipped() {
        byte[] html = "<!doctype html><html><body><h1>Sale!</h1></body></html>".repeat(50)
                .getBytes(StandardCharsets.UTF_8);
        assertOnlyUnusable(server.serve("/photo.jpg", "image/jpeg", html), "");
    }

    @Test
    void withOneGoodImageLeftTheBadOnesAreSkippedAndTheVideoGoesOn() throws Exception {
        byte[] jpeg = TestImages.jpeg(640, 480);
        List<String> urls = List.of(
                server.serve("/cut.jpg", "image/jpeg", Arrays.copyOf(jpeg, jpeg.length / 2)),
                server.serve("/bomb.png", "image/png", pngHeader(30_000, 30_000)),
                server.serve("/page.jpg", "image/jpeg", "<html><body>hi</body></html>".getBytes()),
                server.serve("/good.png", "image/png", TestImages.png(500, 400)));

        ProductImages images = fetcher.fetch(urls, f -> { });

        assertThat(images.indices()).containsOnly(3);
    }

    @Test
    void theSamePictureListedTwiceIsShownOnce() throws Exception {
        byte[] photo = TestImages.png(500, 400);
        List<String> urls = List.of(server.serve("/a.png", "image/png", photo),
                server.serve("/b.png", "image/png", photo),
                server.serve("/c.png", "image/png", TestImages.png(400, 500)));

        ProductImages images = fetcher.fetch(urls, f -> { });

        assertThat(images.indices()).containsOnly(0, 2);
    }

    private void assertOnlyUnusable(String url, String reason) {
        assertThatThrownBy(() -> fetcher.fetch(List.of(url), f -> { }))
                .isInstanceOfSatisfying(PermanentJobFailure.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_USABLE_IMAGES))
                .hasMessageContaining(reason);
    }

    /** A PNG signature and a valid IHDR chunk claiming the size, and no pixel data. */
    static byte[] pngHeader(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width)
                .putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt(13).array());
        out.writeBytes(ihdr.array());
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }
}
