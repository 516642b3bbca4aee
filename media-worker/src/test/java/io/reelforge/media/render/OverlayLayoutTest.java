package io.reelforge.media.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.media.compose.Timeline;
import io.reelforge.media.testing.TinyMedia;
import io.reelforge.media.text.CaptionCue;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class OverlayLayoutTest {

    private static final VideoTexts TEXTS = new VideoTexts("Aurora Smartwatch", "Aurora", "$199", "Order today");
    private final Timeline timeline = Timeline.of(List.of(48_000 * 3, 48_000 * 4), 48_000, 30,
            Duration.ofMillis(400));

    @Test
    void aPriceBadgeOnTheLastSceneIsGoneBeforeTheEndCardComes() {
        OverlayLayout layout = new OverlayLayout(TinyMedia.PAINTER, VideoFormat.VERTICAL);

        PlacedPicture badge = layout.priceBadge("$199", timeline, 1);
        List<PlacedPicture> endCard = layout.endCard(TEXTS, timeline);

        assertThat(endCard).allSatisfy(card -> assertThat(card.start()).isGreaterThanOrEqualTo(badge.end()));
        assertThat(badge.end()).isGreaterThan(badge.start());
    }

    @Test
    void captionsInVerticalVideoStayInsideThePlatformsSafeArea() {
        OverlayLayout layout = new OverlayLayout(TinyMedia.PAINTER, VideoFormat.VERTICAL);

        PlacedPicture caption = layout.caption(new CaptionCue(0, 1, "A fairly long caption line to wrap"));

        int w = VideoFormat.VERTICAL.width();
        int h = VideoFormat.VERTICAL.height();
        assertThat(caption.top()).isGreaterThan(h / 10);
        assertThat(caption.top() + caption.image().getHeight()).isLessThanOrEqualTo((int) (h * 0.8));
        assertThat(caption.left()).isGreaterThanOrEqualTo((int) (w * 0.1));
        assertThat(caption.left() + caption.image().getWidth()).isLessThanOrEqualTo((int) (w * 0.9));
    }

    @Test
    void withoutATitleThereIsNoOpeningCard() {
        OverlayLayout layout = new OverlayLayout(TinyMedia.PAINTER, VideoFormat.SQUARE);

        assertThat(layout.titleCard(new VideoTexts(" ", null, null, null), timeline)).isEmpty();
        assertThat(layout.titleCard(TEXTS, timeline)).hasSize(2); // brand and name
    }
}
