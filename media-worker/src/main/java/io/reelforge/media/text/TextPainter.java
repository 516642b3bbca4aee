package io.reelforge.media.text;

import io.reelforge.common.job.BrandFont;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Draws text with one of the TrueType fonts shipped in the jar ({@link BrandFont}; by default DejaVu Sans Bold:
 * Latin, Greek, Cyrillic and more), anti-aliased, wrapped to a width, white with a dark outline over an optional
 * rounded box, into a transparent picture. Text is only ever drawn as glyphs: nothing in it is interpreted (no
 * markup, no HTML).
 */
public final class TextPainter {

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);

    private final Font font;

    public TextPainter() {
        this(BrandFont.DEFAULT);
    }

    public TextPainter(BrandFont shipped) {
        String resource = shipped.resource();
        try (InputStream in = TextPainter.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("font " + resource + " missing from the classpath");
            }
            this.font = Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + resource + " is unreadable", e);
        }
    }

    /** The typeface drawn, at size 1. */
    public Font font() {
        return font;
    }

    /**
     * @param size font size in pixels
     * @param maxWidth lines wrap at word boundaries to fit this width (a longer single word is shrunk)
     * @param maxLines lines beyond this are dropped, the last ending in an ellipsis
     * @param box the box's colour behind the text, or null for none (an outline alone then keeps it legible)
     */
    public BufferedImage paint(String text, float size, int maxWidth, int maxLines, Color textColour,
            Color box) {
        return paintWords(List.of(clean(text).split(" ")), new BitSet(), textColour, size, maxWidth, maxLines,
                textColour, box).image();
    }

    /**
     * Words laid out and drawn as {@link #paint} draws their text, with the {@code picked} ones filled in
     * {@code pickedColour} (the word being spoken, in captions), and where each word lies in the picture: every
     * pixel belongs to one word's cell, and the cells of words are where their pictures differ, so one word's
     * highlight can be cut out of a picture with all words picked and shown over the same words unpicked.
     *
     * @param words the words, none holding a space
     * @param picked the indexes of the words filled in {@code pickedColour}
     */
    public PaintedWords paintWords(List<String> words, BitSet picked, Color pickedColour, float size, int maxWidth,
            int maxLines, Color textColour, @Nullable Color box) {
        Font sized = font.deriveFont(size);
        List<String> lines = wrap(String.join(" ", words), sized, maxWidth, maxLines);
        int padding = Math.round(size * (box == null ? 0.15f : 0.45f));
        float lineHeight = size * 1.22f;
        float widest = 0;
        List<TextLayout> layouts = new ArrayList<>();
        for (String line : lines) {
            TextLayout layout = new TextLayout(line.isEmpty() ? " " : line, sized, CONTEXT);
            layouts.add(layout);
            widest = Math.max(widest, (float) layout.getBounds().getWidth());
        }
        float scale = widest > maxWidth ? maxWidth / widest : 1; // a single word wider than the frame
        int width = (int) Math.ceil(Math.min(widest, maxWidth) + 2 * padding) + 2;
        int height = (int) Math.ceil(lineHeight * scale * lines.size() + 2 * padding) + 2;
        List<AffineTransform> places = new ArrayList<>();
        for (int i = 0; i < layouts.size(); i++) {
            TextLayout layout = layouts.get(i);
            float lineWidth = (float) layout.getBounds().getWidth() * scale;
            float x = (width - lineWidth) / 2 - (float) layout.getBounds().getX() * scale;
            float baseline = padding + (i * lineHeight + size * 0.95f) * scale;
            AffineTransform at = new AffineTransform();
            at.translate(x, baseline);
            at.scale(scale, scale);
            places.add(at);
        }
        List<@Nullable Rectangle> cells = WordCells.of(lines, layouts, places, width, height, words.size());
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            if (box != null) {
                g.setColor(box);
                g.fill(new RoundRectangle2D.Float(0, 0, width - 1, height - 1, size * 0.6f, size * 0.6f));
            }
            int word = 0;
            for (int i = 0; i < layouts.size(); i++) {
                Shape outline = layouts.get(i).getOutline(places.get(i));
                g.setColor(new Color(0, 0, 0, 200));
                g.setStroke(new BasicStroke(Math.max(2f, size / 9f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                g.draw(outline);
                int count = lines.get(i).split(" ").length;
                BitSet pickedHere = picked.get(word, word + count);
                if (pickedHere.isEmpty()) {
                    g.setColor(textColour);
                    g.fill(outline);
                } else {
                    // each word filled in its own colour within its cell's columns, so no colour bleeds into another
                    for (int w = word; w < word + count; w++) {
                        Rectangle cell = Objects.requireNonNull(cells.get(w));
                        g.setClip(cell.x, 0, cell.width, height);
                        g.setColor(picked.get(w) ? pickedColour : textColour);
                        g.fill(outline);
                    }
                    g.setClip(null);
                }
                word += count;
            }
        } finally {
            g.dispose();
        }
        return new PaintedWords(image, cells);
    }

    /** Control characters and runs of white space become single spaces. */
    static String clean(String text) {
        return text.replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
    }

    static List<String> wrap(String text, Font font, int maxWidth, int maxLines) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (!line.isEmpty() && width(candidate, font) > maxWidth) {
                lines.add(line.toString());
                line = new StringBuilder(word);
            } else {
                line = new StringBuilder(candidate);
            }
        }
        lines.add(line.toString());
        if (lines.size() > maxLines) {
            List<String> kept = new ArrayList<>(lines.subList(0, maxLines));
            kept.set(maxLines - 1, kept.get(maxLines - 1) + "…");
            return kept;
        }
        return lines;
    }

    private static double width(String text, Font font) {
        return font.getStringBounds(text, CONTEXT).getWidth();
    }
}
