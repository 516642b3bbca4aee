package io.reelforge.media.text;

import java.awt.Rectangle;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Divides a picture of wrapped words into one cell per word: each line's band reaches halfway to the glyphs of the
 * lines around it (the first from the top edge, the last to the bottom one), and in a line each word's cell reaches
 * halfway across the spaces beside it (the first from the left edge, the last to the right one). A word's glyphs
 * then lie in its own cell and nowhere else, so a picture drawn with some words in another colour differs from the
 * plain one only in those words' cells.
 */
final class WordCells {

    private WordCells() {
    }

    /**
     * @param lines the lines as drawn, their words separated by single spaces
     * @param places where each line's layout is drawn (its baseline's start, and its scale)
     * @param wordCount how many words were to be drawn: those the line limit cut off get no cell
     */
    static List<@Nullable Rectangle> of(List<String> lines, List<TextLayout> layouts, List<AffineTransform> places,
            int width, int height, int wordCount) {
        int[] bands = new int[lines.size() + 1];
        bands[lines.size()] = height;
        for (int i = 1; i < lines.size(); i++) {
            double glyphsAbove = places.get(i - 1).getTranslateY() + layouts.get(i - 1).getDescent()
                    * places.get(i - 1).getScaleY();
            double glyphsBelow = places.get(i).getTranslateY() - layouts.get(i).getAscent() * places.get(i).getScaleY();
            bands[i] = (int) Math.round((glyphsAbove + glyphsBelow) / 2);
        }
        List<@Nullable Rectangle> cells = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String[] words = lines.get(i).split(" ");
            double[] lefts = new double[words.length];
            double[] rights = new double[words.length];
            int at = 0;
            for (int w = 0; w < words.length; w++) {
                int end = w == words.length - 1 ? lines.get(i).length() : at + words[w].length();
                Rectangle2D box = places.get(i).createTransformedShape(layouts.get(i).getLogicalHighlightShape(at, end))
                        .getBounds2D();
                lefts[w] = box.getMinX();
                rights[w] = box.getMaxX();
                at = end + 1;
            }
            int left = 0;
            for (int w = 0; w < words.length; w++) {
                int right = w == words.length - 1 ? width : (int) Math.round((rights[w] + lefts[w + 1]) / 2);
                cells.add(new Rectangle(left, bands[i], right - left, bands[i + 1] - bands[i]));
                left = right;
            }
        }
        while (cells.size() < wordCount) {
            cells.add(null);
        }
        return cells;
    }
}
