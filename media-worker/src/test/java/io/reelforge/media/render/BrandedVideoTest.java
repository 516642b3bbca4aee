package io.reelforge.media.render;

import io.reelforge.common.job.CaptionStyle;
import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.BrandFont;
import io.reelforge.common.job.BrandKit;
import io.reelforge.common.job.CaptionStyle;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.brand.BrandLook;
import io.reelforge.media.brand.FontPainters;
import io.reelforge.media.brand.Logos;
import io.reelforge.media.compose.Timeline;
import io.reelforge.media.encode.EncoderSettings;
import io.reelforge.media.encode.Mp4Encoder;
import io.reelforge.media.speech.NarrationTrack;
import io.reelforge.media.testing.ColourFrames;
import io.reelforge.media.testing.TestImages;
import io.reelforge.media.testing.TinyMedia;
import io.reelforge.media.testing.Tones;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A brand kit as the viewer sees it, in decoded frames: the logo on the opening card and as a corner mark, the
 * primary colour on the price badge, and the kit's font on the cards. Colours are compared after H.264's 4:2:0
 * round trip, so by the share of an area's pixels near the colour rather than pixel by pixel.
 */
class BrandedVideoTest {

    /** 288x512: large enough for the corner mark to have a few chroma samples. */
    private static final VideoFormat FORMAT = VideoFormat.VERTICAL.scaled(0.4);
    private static final double BREATH = 0.25;
    private static final double[] SCENES = {2.0, 2.5, 2.0};
    private static final VideoTexts CARDS = new VideoTexts("Aurora Smartwatch", "Aurora", "$199", "Order today");
    private static final Color NAVY = new Color(0x1D3557);
    /** Violet: in none of the test pictures' colours. */
    private static final Color VIOLET = new Color(0x7C4DFF);
    private static final double NEAR = 60;
    /** Opening card fully shown; the corner mark and the price badge (scene 1) shown; the end card shown. */
    private static final double OPENING = 1.0;
    private static final double MIDDLE = 3.3;

    @TempDir
    static Path dir;
    private static Path plain;
    private static Path branded;
    private static BrandLook look;

    @BeforeAll
    static void renderOnceWithAndOnceWithoutAKit() throws Exception {
        look = BrandLook.of(new BrandKit("https://cdn.example/logo.png", "#1D3557", "#7C4DFF", null),
                Logos.twoTone(400));
        plain = render(BrandLook.DEFAULT, "plain");
        branded = render(look, "branded");
    }

    @Test
    void theOpeningCardShowsTheLogoWhereTheLayoutPutsItCentredAboveTheTitle() throws Exception {
        List<PlacedPicture> card = layout(look).titleCard(CARDS, timeline());
        PlacedPicture logo = card.getFirst();
        PlacedPicture title = card.getLast();
        BufferedImage frame = ColourFrames.at(branded, OPENING);

        assertThat(logo.left() + logo.image().getWidth() / 2.0).isCloseTo(FORMAT.width() / 2.0,
                org.assertj.core.api.Assertions.within(2.0));
        assertThat(logo.top() + logo.image().getHeight()).isLessThan(title.top());
        assertThat(logo.top()).isGreaterThanOrEqualTo(FORMAT.height() / 10);
        assertThat(ColourFrames.shareNear(frame, leftHalf(logo), Logos.GREEN, NEAR)).isGreaterThan(0.8);
        assertThat(ColourFrames.shareNear(frame, rightHalf(logo), Logos.MAGENTA, NEAR)).isGreaterThan(0.8);
        assertThat(ColourFrames.shareNear(ColourFrames.at(plain, OPENING), leftHalf(logo), Logos.GREEN, NEAR))
                .as("no logo without a kit").isLessThan(0.05);
    }

    @Test
    void aSmallTranslucentLogoMarksTheTopLeftCornerBetweenTheCards() throws Exception {
        PlacedPicture mark = layout(look).cornerMark(timeline()).getFirst();

        assertThat(mark.start()).isLessThan(MIDDLE);
        assertThat(mark.end()).isGreaterThan(MIDDLE);
        assertThat(mark.left()).isLessThan(FORMAT.width() / 10);
        assertThat(mark.image().getHeight()).isLessThan(FORMAT.height() / 20);
        // 80 % opaque over the picture: near the logo's colours, though not exactly them
        assertThat(ColourFrames.shareNear(ColourFrames.at(branded, MIDDLE), leftHalf(mark), Logos.GREEN, 90))
                .isGreaterThan(0.6);
        assertThat(ColourFrames.shareNear(ColourFrames.at(plain, MIDDLE), leftHalf(mark), Logos.GREEN, 90))
                .isLessThan(0.05);
        assertThat(ColourFrames.shareNear(ColourFrames.at(branded, OPENING), leftHalf(mark), Logos.GREEN, 90))
                .as("not over the opening card, which shows the logo large").isLessThan(0.05);
    }

    @Test
    void thePriceBadgeIsInThePrimaryColourAndTodaysRedWithoutAKit() throws Exception {
        PlacedPicture badge = layout(look).priceBadge("$199", timeline(), 1);
        Rectangle area = new Rectangle(badge.left(), badge.top(), badge.image().getWidth(),
                badge.image().getHeight());
        Color red = new Color(BrandLook.BADGE_RED.getRGB() & 0xFFFFFF);

        // the box around the text: the glyphs and their outline cover the rest
        assertThat(ColourFrames.shareNear(ColourFrames.at(branded, MIDDLE), area, NAVY, NEAR)).isGreaterThan(0.4);
        assertThat(ColourFrames.shareNear(ColourFrames.at(plain, MIDDLE), area, red, NEAR)).isGreaterThan(0.4);
        assertThat(ColourFrames.shareNear(ColourFrames.at(plain, MIDDLE), area, NAVY, NEAR)).isLessThan(0.05);
    }

    @Test
    void theEndCardShowsTheLogoUnderTheCallToAction() throws Exception {
        List<PlacedPicture> card = layout(look).endCard(CARDS, timeline());
        PlacedPicture action = card.get(1);
        PlacedPicture logo = card.getLast();
        double end = timeline().totalSeconds() - 0.1;

        assertThat(logo.top()).isGreaterThan(action.top() + action.image().getHeight());
        assertThat(ColourFrames.shareNear(ColourFrames.at(branded, end), rightHalf(logo), Logos.MAGENTA, NEAR))
                .isGreaterThan(0.8);
    }

    @Test
    void aKitsFontDrawsTheCardsTexts() {
        BrandLook comfortaa = BrandLook.of(new BrandKit(null, null, null, "comfortaa"), null);

        BufferedImage inKitFont = layout(comfortaa).titleCard(CARDS, timeline()).getLast().image();
        BufferedImage inDefault = layout(BrandLook.DEFAULT).titleCard(CARDS, timeline()).getLast().image();
        BufferedImage paintedInComfortaa = FontPainters.of(BrandFont.COMFORTAA).paint(CARDS.title(),
                Math.min(FORMAT.width(), FORMAT.height()) * 0.07f, (int) (FORMAT.width() * 0.76), 3, Color.WHITE,
                BrandLook.SHADE);

        assertThat(samePixels(inKitFont, paintedInComfortaa)).isTrue();
        assertThat(samePixels(inKitFont, inDefault)).isFalse();
    }

    @Test
    void theSpokenWordOfTheCaptionsIsPickedOutInTheKitsAccentColour() throws Exception {
        Rectangle captionLine = new Rectangle(FORMAT.width() / 10, (int) (FORMAT.height() * 0.6),
                FORMAT.width() * 8 / 10, (int) (FORMAT.height() * 0.2));

        // a word's letters at 17 px, without their outline: a few hundred pixels of the caption line
        assertThat(ColourFrames.shareNear(ColourFrames.at(branded, OPENING), captionLine, VIOLET, NEAR))
                .isGreaterThan(0.004);
        assertThat(ColourFrames.shareNear(ColourFrames.at(plain, OPENING), captionLine, VIOLET, NEAR)).isZero();
        assertThat(ColourFrames.shareNear(ColourFrames.at(plain, OPENING), captionLine, BrandLook.HIGHLIGHT_YELLOW,
                NEAR)).as("the default highlight").isGreaterThan(0.004);
    }

    @Test
    void theCaptionHighlightIsTheKitsAccentColourAndTheDefaultYellowWithoutOne() {
        assertThat(layout(look).captionHighlight()).isEqualTo(VIOLET);
        assertThat(layout(BrandLook.DEFAULT).captionHighlight()).isEqualTo(BrandLook.HIGHLIGHT_YELLOW);
    }

    private static Rectangle leftHalf(PlacedPicture picture) {
        int w = picture.image().getWidth();
        int h = picture.image().getHeight();
        // inside the logo's coloured half, clear of its transparent margin and of the colours' edges
        return new Rectangle(picture.left() + w / 8, picture.top() + h / 4, w / 4, h / 2);
    }

    private static Rectangle rightHalf(PlacedPicture picture) {
        int w = picture.image().getWidth();
        int h = picture.image().getHeight();
        return new Rectangle(picture.left() + w * 5 / 8, picture.top() + h / 4, w / 4, h / 2);
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }

    private static OverlayLayout layout(BrandLook look) {
        return new OverlayLayout(TinyMedia.PAINTER, FORMAT, look);
    }

    private static Timeline timeline() {
        NarrationTrack narration = Tones.track(BREATH, SCENES);
        return Timeline.of(narration.sceneLengths(), narration.audio().sampleRate(), 30, Duration.ofMillis(400));
    }

    private static Path render(BrandLook look, String name) throws Exception {
        NarrationTrack narration = Tones.track(BREATH, SCENES);
        List<BufferedImage> pictures = List.of(TestImages.picture(800, 600), TestImages.picture(400, 900),
                TestImages.picture(600, 600));
        RenderPlan plan = new RenderPlan(FORMAT, pictures, List.of("Meet Aurora.", "Only 199 dollars.",
                "Order today."), 1, narration, CARDS, true, CaptionStyle.HIGHLIGHT, null, look);
        VideoRenderer renderer = new VideoRenderer(new Mp4Encoder(new EncoderSettings(FORMAT.width(),
                FORMAT.height(), 30, "libx264", "veryfast", 23, 128_000, MediaProperties.AUDIO_SAMPLE_RATE, 2)),
                TinyMedia.PAINTER, Duration.ofMillis(400), -16);
        Path out = Files.createDirectories(dir.resolve(name));
        return renderer.encode(renderer.prepare(plan, out), out, p -> { }).video();
    }
}
