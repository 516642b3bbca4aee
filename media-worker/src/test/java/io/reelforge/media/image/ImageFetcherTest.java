package io.reelforge.media.image;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.TransientJobFailure;
import io.reelforge.media.testing.StaticHttpServer;
import io.reelforge.media.testing.TestImages;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ImageFetcherTest {

    private final StaticHttpServer server = new StaticHttpServer();
    private final ImageFetcher fetcher = new ImageFetcher(loopbackClient(), new ImageDecoder(50_000_000, 200), 10);

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void keepsTheUsableImagesUnderTheirIndexInTheProduct() throws Exception {
        String missing = server.url("/missing.jpg");
        String photo = server.serve("/photo.png", "image/png", TestImages.png(640, 480));
        String icon = server.serve("/icon.png", "image/png", TestImages.png(1, 1));

        ProductImages images = fetcher.fetch(List.of(missing, photo, icon), f -> { });

        assertThat(images.indices()).containsOnly(1);
        assertThat(images.image(1).getWidth()).isEqualTo(640);
    }

    @Test
    void aSceneAskingForAnUnusableImageGetsAUsableOne() throws Exception {
        String first = server.serve("/a.jpg", "image/jpeg", TestImages.jpeg(400, 400));
        String broken = server.serve("/b.jpg", "image/jpeg", "garbage".getBytes());
        String third = server.serve("/c.jpg", "image/jpeg", TestImages.jpeg(500, 500));

        ProductImages images = fetcher.fetch(List.of(first, broken, third), f -> { });

        assertThat(images.resolve(0)).isZero();
        assertThat(images.resolve(2)).isEqualTo(2);
        assertThat(images.resolve(1)).isIn(0, 2);
        assertThat(images.resolve(7)).isIn(0, 2); // past the end of the list: wraps
    }

    @Test
    void noUsableImageFailsTheJobAtOnceNamingHowManyWereTried() {
        List<String> urls = List.of(server.url("/gone-1.jpg"), server.url("/gone-2.jpg"),
                server.serve("/pixel.png", "image/png", TestImages.png(1, 1)));

        assertThatThrownBy(() -> fetcher.fetch(urls, f -> { }))
                .isInstanceOfSatisfying(PermanentJobFailure.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_USABLE_IMAGES))
                .hasMessageContaining("None of the 3 image URLs tried")
                .hasMessageContaining("HTTP 404 x2")
                .hasMessageContaining("too small (1x1 px)");
    }

    @Test
    void aProductWithoutImagesCannotBeRendered() {
        assertThatThrownBy(() -> fetcher.fetch(List.of(), f -> { }))
                .isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("has no images");
    }

    @Test
    void serverErrorsMayPassSoTheyAreRetried() {
        List<String> urls = List.of(server.fail("/busy.jpg", 503), server.url("/gone.jpg"));

        assertThatThrownBy(() -> fetcher.fetch(urls, f -> { }))
                .isInstanceOfSatisfying(TransientJobFailure.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.NO_USABLE_IMAGES));
    }

    @Test
    void aPageInsteadOfAnImageIsSkipped() {
        List<String> urls = List.of(server.serve("/page", "text/html", "<html></html>".getBytes()));

        assertThatThrownBy(() -> fetcher.fetch(urls, f -> { }))
                .isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("not an image (text/html)");
    }

    @Test
    void privateAddressesAreNotFetched() {
        ImageFetcher strict = new ImageFetcher(new SafeHttpClient(new UrlPolicy(List.of()), fetchSettings()),
                new ImageDecoder(50_000_000, 200), 10);
        String photo = server.serve("/photo.png", "image/png", TestImages.png(640, 480));

        assertThatThrownBy(() -> strict.fetch(List.of(photo), f -> { }))
                .isInstanceOf(PermanentJobFailure.class)
                .hasMessageContaining("blocked URL");
    }

    static SafeHttpClient loopbackClient() {
        return new SafeHttpClient(new UrlPolicy(List.of("127.0.0.1")), fetchSettings());
    }

    static ReelforgeProperties.Fetch fetchSettings() {
        return new ReelforgeProperties.Fetch(Duration.ofSeconds(2), Duration.ofSeconds(5), 5_242_880, 3, List.of(),
                "Reelforge-test", "en");
    }
}
