package io.reelforge.media.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.media.compose.FrameComposer;
import io.reelforge.media.compose.FrameSlot;
import io.reelforge.media.compose.KenBurns;
import io.reelforge.media.compose.Overlay;
import io.reelforge.media.compose.ScenePlate;
import io.reelforge.media.compose.Timeline;
import io.reelforge.media.compose.YuvImage;
import io.reelforge.media.speech.WordTiming;
import io.reelforge.media.testing.TinyMedia;
import io.reelforge.media.text.CaptionCue;
import io.reelforge.media.text.Captions;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class HighlightedCaptionTest {

    private static final VideoFormat FORMAT = VideoFormat.VERTICAL.scaled(0.4);
    private static final int FPS = 30;
    private static final Color YELLOW = new Color(255, 214, 0);

    private final OverlayLayout layout = new OverlayLayout(TinyMedia.PAINTER, FORMAT);
    private final CaptionCue cue = Captions.cues(List.of("Meet the bright Aurora watch"), List.of(0.0),
            List.of(2.0)).getFirst();

    @Test
    void atEveryFrameTheWordCellsOnScreenMakeUpTheChunkWithTheSpokenWordPickedOut() {
        HighlightedCaption caption = layout.highlightedCaption(cue, YELLOW);
        ScenePlate grey = greyPlate();
        FrameComposer tiled = composer(grey, caption.overlays(FORMAT.width(), FORMAT.height()));
        List<FrameComposer> states = new ArrayList<>();
        for (int word = 0; word < cue.words().size(); word++) {
            states.add(composer(grey, List.of(Overlay.of(state(caption, word), caption.left(), caption.top(),
                    FORMAT.width(), FORMAT.height(), cue.start(), cue.end(), 0))));
        }

        assertThat(cue.words()).hasSize(5);
        FrameSlot slot = new FrameSlot(FORMAT.width(), FORMAT.height());
        for (int frame = 0; frame < tiled.timeline().frameCount(); frame++) {
            int spoken = spokenAt((frame + 0.5) / FPS); // the time a frame is composed for
            assertThat(composed(tiled, frame, slot)).as("frame %d, word %d", frame, spoken)
                    .isEqualTo(composed(states.get(spoken), frame, slot));
        }
    }

    @Test
    void theCaptionSitsWhereThePlainOneDoesOnEvenPixels() {
        HighlightedCaption caption = layout.highlightedCaption(cue, YELLOW);
        PlacedPicture plain = layout.caption(cue);

        assertThat(caption.left() % 2).isZero();
        assertThat(caption.top() % 2).isZero();
        assertThat(caption.left()).isBetween(plain.left() - 1, plain.left());
        assertThat(caption.top()).isBetween(plain.top() - 1, plain.top());
        assertThat(caption.plain().image().getWidth()).isEqualTo(plain.image().getWidth());
        assertThat(caption.plain().cells()).doesNotContainNull();
    }

    /** The word whose turn covers {@code seconds} (the first before the cue, the last after it). */
    private int spokenAt(double seconds) {
        List<WordTiming> words = cue.words();
        int spoken = 0;
        while (spoken + 1 < words.size() && words.get(spoken + 1).start() <= seconds) {
            spoken++;
        }
        return spoken;
    }

    /** The plain chunk with one word's cell taken from the picture with every word picked out. */
    private static BufferedImage state(HighlightedCaption caption, int word) {
        BufferedImage plain = caption.plain().image();
        BufferedImage state = new BufferedImage(plain.getWidth(), plain.getHeight(), BufferedImage.TYPE_INT_ARGB);
        state.setRGB(0, 0, plain.getWidth(), plain.getHeight(),
                plain.getRGB(0, 0, plain.getWidth(), plain.getHeight(), null, 0, plain.getWidth()), 0, plain.getWidth());
        Rectangle cell = Objects.requireNonNull(caption.picked().cells().get(word));
        state.setRGB(cell.x, cell.y, cell.width, cell.height, caption.picked().image().getRGB(cell.x, cell.y,
                cell.width, cell.height, null, 0, cell.width), 0, cell.width);
        return state;
    }

    /** A grey scene as long as the cue and a little more, with only these overlays. */
    private static FrameComposer composer(ScenePlate plate, List<Overlay> overlays) {
        Timeline timeline = Timeline.of(List.of(48_000 * 5 / 2), 48_000, FPS, Duration.ofMillis(400));
        return new FrameComposer(timeline, List.of(plate), overlays, FORMAT.width(), FORMAT.height());
    }

    private static ScenePlate greyPlate() {
        BufferedImage grey = new BufferedImage(ScenePlate.plateSide(FORMAT.width()),
                ScenePlate.plateSide(FORMAT.height()), BufferedImage.TYPE_3BYTE_BGR);
        var g = grey.createGraphics();
        g.setColor(Color.GRAY);
        g.fillRect(0, 0, grey.getWidth(), grey.getHeight());
        g.dispose();
        return new ScenePlate(YuvImage.fromBgr(grey), KenBurns.forScene(0));
    }

    private static byte[] composed(FrameComposer composer, int frame, FrameSlot slot) {
        composer.compose(frame, slot);
        return slot.pixels().clone();
    }
}
