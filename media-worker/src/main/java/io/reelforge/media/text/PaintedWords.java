package io.reelforge.media.text;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Words drawn into a picture, with each word's cell: the part of the picture that is that word's. The cells of the
 * words drawn cover the picture without overlapping; a word cut off by the line limit has none.
 */
public record PaintedWords(BufferedImage image, List<@Nullable Rectangle> cells) {

    public PaintedWords {
        cells = Collections.unmodifiableList(new ArrayList<>(cells));
    }
}
