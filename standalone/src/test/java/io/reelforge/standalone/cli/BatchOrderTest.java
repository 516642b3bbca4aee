package io.reelforge.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BatchOrderTest {

    private static final BatchSource FILE = new BatchSource.FeedFile(Path.of("catalog.csv"), "text/csv", "ab12");
    private static final BatchOrder.Defaults SQUARE = new BatchOrder.Defaults(15, shape("1:1", false));

    @Test
    void theSameSourceAndOptionsGiveTheSameIdempotencyKey() {
        BatchOrder order = new BatchOrder(FILE, SQUARE, false, "spring", null);
        BatchOrder again = new BatchOrder(new BatchSource.FeedFile(Path.of("elsewhere/copy.csv"), "text/csv", "ab12"),
                SQUARE, false, "spring", null);

        assertThat(order.idempotencyKey()).isEqualTo(again.idempotencyKey());
        // what the gateway accepts as a key: 1 to 255 visible ASCII characters
        assertThat(order.idempotencyKey()).hasSizeLessThanOrEqualTo(255).matches("[\\x21-\\x7e]+");
    }

    @Test
    void anotherFileOptionOrSettingGivesAnotherKey() {
        String key = new BatchOrder(FILE, SQUARE, false, "spring", null).idempotencyKey();

        assertThat(new BatchOrder(new BatchSource.FeedFile(Path.of("catalog.csv"), "text/csv", "cd34"), SQUARE, false,
                "spring", null).idempotencyKey()).isNotEqualTo(key);
        assertThat(new BatchOrder(FILE, new BatchOrder.Defaults(15, shape("9:16", false)), false, "spring", null)
                .idempotencyKey()).isNotEqualTo(key);
        assertThat(new BatchOrder(FILE, SQUARE, true, "spring", null).idempotencyKey()).isNotEqualTo(key);
        assertThat(new BatchOrder(FILE, SQUARE, false, "autumn", null).idempotencyKey()).isNotEqualTo(key);
        assertThat(new BatchOrder(FILE, SQUARE, false, "spring", "n-1").idempotencyKey()).isNotEqualTo(key);
    }

    @Test
    void anUploadCarriesTheOptionsAsQueryParameters() {
        BatchOrder order = new BatchOrder(FILE, new BatchOrder.Defaults(5,
                new RenderChoices("de", null, null, "none", "plain", "9:16", true, null)), true, "Spring catalog", null);

        assertThat(order.query()).isEqualTo("?durationSeconds=5&language=de&narration=none&captionStyle=plain"
                + "&format=9%3A16&captions=true&includeOutOfStock=true&name=Spring+catalog");
        assertThat(new BatchOrder(FILE, new BatchOrder.Defaults(null, RenderChoices.NONE), false, null, null)
                .query()).isEmpty();
    }

    @Test
    void aFeedUrlIsSentAsJsonWithTheOptionsAsTheBatchDefaults() {
        BatchOrder order = new BatchOrder(new BatchSource.FeedUrl("https://shop.example/feed.xml"), SQUARE, false,
                null, null);

        assertThat(order.jsonBody("https://shop.example/feed.xml")).isEqualTo(Map.of(
                "feedUrl", "https://shop.example/feed.xml",
                "defaults", Map.of("durationSeconds", 15, "format", "1:1", "captions", false)));
    }

    /** Options giving only the picture's shape. */
    private static RenderChoices shape(String format, boolean captions) {
        return new RenderChoices(null, null, null, null, null, format, captions, null);
    }
}
