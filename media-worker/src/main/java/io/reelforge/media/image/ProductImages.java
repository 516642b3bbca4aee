package io.reelforge.media.image;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The product images that could be used, by their index in the product's image list. A scene asks for an index;
 * when that image was unusable (or the index is out of range) it gets another usable one, wrapping around.
 */
public record ProductImages(SortedMap<Integer, BufferedImage> usable) {

    public ProductImages {
        if (usable.isEmpty()) {
            throw new IllegalArgumentException("at least one usable image is needed");
        }
        usable = new TreeMap<>(usable);
    }

    /** The index, in the product's image list, of the image a scene asking for {@code imageIndex} shows. */
    public int resolve(int imageIndex) {
        if (usable.containsKey(imageIndex)) {
            return imageIndex;
        }
        List<Integer> indices = List.copyOf(usable.keySet());
        return indices.get(Math.floorMod(imageIndex, indices.size()));
    }

    public BufferedImage image(int resolvedIndex) {
        BufferedImage image = usable.get(resolvedIndex);
        if (image == null) {
            throw new IllegalArgumentException("image " + resolvedIndex + " is not usable");
        }
        return image;
    }

    public Map<Integer, BufferedImage> asMap() {
        return usable;
    }
}
