package io.reelforge.media.render;

import io.reelforge.media.compose.Overlay;
import io.reelforge.media.speech.WordTiming;
import io.reelforge.media.text.CaptionCue;
import io.reelforge.media.text.PaintedWords;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * A caption cue in the highlight style, as overlays: the chunk on screen for the whole cue, the word being spoken
 * picked out. Each word state is the chunk with one word in the highlight colour; they are not kept as a picture
 * each (a 60-second video speaks some 150 words, and a chunk at 1080x1920 is half a megabyte of overlay), but cut
 * along the words' cells ({@link io.reelforge.media.text.TextPainter#paintWords}) from two pictures: the chunk
 * plain and the chunk with every word picked out. A word's picked cell shows during its turn, its plain cell
 * before and after (the same pixels twice), so at every moment the cells on screen make up exactly that word
 * state's picture, for twice the memory of the plain caption.
 *
 * @param left where the pictures' top-left corner goes in the frame (even, as yuv420p's colour samples are in pairs)
 */
record HighlightedCaption(CaptionCue cue, PaintedWords plain, PaintedWords picked, int left, int top) {

    HighlightedCaption {
        if ((left | top) % 2 != 0) {
            throw new IllegalArgumentException("a highlighted caption must sit on even pixels: " + left + "," + top);
        }
    }

    List<Overlay> overlays(int frameW, int frameH) {
        List<Overlay> overlays = new ArrayList<>();
        for (int i = 0; i < cue.words().size(); i++) {
            Rectangle cell = plain.cells().get(i);
            if (cell == null) {
                continue; // cut off by the line limit: not on screen
            }
            Rectangle even = even(cell);
            if (even.width < 2 || even.height < 2) {
                continue;
            }
            WordTiming turn = cue.words().get(i);
            int x = left + even.x;
            int y = top + even.y;
            overlays.add(Overlay.of(crop(picked.image(), even), x, y, frameW, frameH, turn.start(), turn.end(), 0));
            boolean before = turn.start() > cue.start();
            boolean after = turn.end() < cue.end();
            if (before || after) {
                Overlay unpicked = Overlay.of(crop(plain.image(), even), x, y, frameW, frameH,
                        before ? cue.start() : turn.end(), before ? turn.start() : cue.end(), 0);
                overlays.add(unpicked);
                if (before && after) {
                    overlays.add(unpicked.shownAgain(turn.end(), cue.end()));
                }
            }
        }
        return overlays;
    }

    /**
     * The cell with its edges moved down onto even pixels: cells that meet still meet, and each piece converts to
     * yuv420p on its own as the whole picture would (the last odd column or row of the picture, transparent margin,
     * is dropped as it is for any overlay).
     */
    private static Rectangle even(Rectangle cell) {
        int x0 = cell.x & ~1;
        int y0 = cell.y & ~1;
        return new Rectangle(x0, y0, (cell.x + cell.width & ~1) - x0, (cell.y + cell.height & ~1) - y0);
    }

    private static BufferedImage crop(BufferedImage image, Rectangle area) {
        BufferedImage piece = new BufferedImage(area.width, area.height, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = image.getRGB(area.x, area.y, area.width, area.height, null, 0, area.width);
        piece.setRGB(0, 0, area.width, area.height, pixels, 0, area.width);
        return piece;
    }
}
