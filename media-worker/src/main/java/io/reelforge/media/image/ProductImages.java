package io.reelforge.media.image;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The product images that could be used, by their index in the product's image list. A scene asks for an index;
 * when that image was unusable (or the index is out of range) it gets another usable one, wrapping around.
 *
 * <p>Each image is kept as the file that was downloaded (a few hundred KB) and decoded again when asked for, so a
 * product with ten large photos does not hold ten decoded pictures (up to 9 MB each) while only the scenes' few are
 * needed: the heap of a worker stays small whatever the product.
 */
public final class ProductImages {

    private final SortedMap<Integer, byte[]> usable;
    private final ImageDecoder decoder;

    /** @param usable the downloaded files that decoded, by index; each must decode again with {@code decoder} */
    public ProductImages(SortedMap<Integer, byte[]> usable, ImageDecoder decoder) {
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("at least one usable image is needed");
        }
        this.usable = new TreeMap<>(usable);
        this.decoder = decoder;
    }

    /** The index, in the product's image list, of the image a scene asking for {@code imageIndex} shows. */
    public int resolve(int imageIndex) {
        if (usable.containsKey(imageIndex)) {
            return imageIndex;
        }
        List<Integer> indices = List.copyOf(usable.keySet());
        return indices.get(Math.floorMod(imageIndex, indices.size()));
    }

    /** Decodes the image at a resolved index: a new picture on every call. */
    public BufferedImage image(int resolvedIndex) {
        byte[] file = usable.get(resolvedIndex);
        if (file == null) {
            throw new IllegalArgumentException("image " + resolvedIndex + " is not usable");
        }
        try {
            return decoder.decode(file);
        } catch (UnusableImageException e) {
            throw new IllegalStateException("image " + resolvedIndex + " decoded once but not again", e);
        }
    }

    /** The indices of the usable images. */
    public Set<Integer> indices() {
        return usable.keySet();
    }
}
