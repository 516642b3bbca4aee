package io.reelforge.media.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.media.testing.TinyMedia;
import java.awt.Color;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

class TextPainterTest {

    private static final List<String> WORDS = List.of("Meet", "the", "Aurora", "pour-over", "set,", "just", "$49.99");
    private static final Color YELLOW = new Color(255, 214, 0);
    private static final Color SHADE = new Color(0, 0, 0, 150);

    private final TextPainter painter = TinyMedia.PAINTER;

    @Test
    void aPickedWordDiffersFromThePlainPictureOnlyInsideItsCellAndThereInTheHighlightColour() {
        PaintedWords plain = paint(new BitSet());
        assertThat(plain.cells()).doesNotContainNull();

        for (int word = 0; word < WORDS.size(); word++) {
            PaintedWords picked = paint(BitSet.valueOf(new long[] {1L << word}));
            Rectangle cell = Objects.requireNonNull(plain.cells().get(word));
            int changedOutside = 0;
            int yellowInside = 0;
            for (int y = 0; y < plain.image().getHeight(); y++) {
                for (int x = 0; x < plain.image().getWidth(); x++) {
                    int after = picked.image().getRGB(x, y);
                    if (!cell.contains(x, y)) {
                        changedOutside += after == plain.image().getRGB(x, y) ? 0 : 1;
                    } else if (after == YELLOW.getRGB()) {
                        yellowInside++;
                    }
                }
            }
            assertThat(changedOutside).as("pixels changed outside the cell of " + WORDS.get(word)).isZero();
            assertThat(yellowInside).as("highlight pixels of " + WORDS.get(word)).isGreaterThan(20);
        }
    }

    @Test
    void everyWordPickedAtOnceGivesEachWordsCellAsItsOwnStateHasIt() {
        BitSet all = new BitSet();
        all.set(0, WORDS.size());
        PaintedWords together = paint(all);

        for (int word = 0; word < WORDS.size(); word++) {
            PaintedWords alone = paint(BitSet.valueOf(new long[] {1L << word}));
            Rectangle cell = Objects.requireNonNull(alone.cells().get(word));
            assertThat(pixels(together.image(), cell)).isEqualTo(pixels(alone.image(), cell));
        }
    }

    @Test
    void theWordsCellsCoverThePictureWithoutOverlapping() {
        PaintedWords plain = paint(new BitSet());

        assertThat(plain.cells().stream().map(cell -> cell.y).distinct()).as("two lines").hasSize(2);
        int notInOneCell = 0;
        for (int y = 0; y < plain.image().getHeight(); y++) {
            for (int x = 0; x < plain.image().getWidth(); x++) {
                int cells = 0;
                for (Rectangle cell : plain.cells()) {
                    cells += cell.contains(x, y) ? 1 : 0;
                }
                notInOneCell += cells == 1 ? 0 : 1;
            }
        }
        assertThat(notInOneCell).isZero();
    }

    @Test
    void wordsCutOffByTheLineLimitHaveNoCell() {
        PaintedWords oneLine = painter.paintWords(WORDS, new BitSet(), YELLOW, 40, 600, 1, Color.WHITE, SHADE);

        assertThat(oneLine.cells()).hasSize(WORDS.size()).first().isNotNull();
        assertThat(oneLine.cells()).last().isNull();
    }

    private PaintedWords paint(BitSet picked) {
        return painter.paintWords(WORDS, picked, YELLOW, 40, 600, 2, Color.WHITE, SHADE);
    }

    private static int[] pixels(BufferedImage image, Rectangle area) {
        return image.getRGB(area.x, area.y, area.width, area.height, null, 0, area.width);
    }
}
