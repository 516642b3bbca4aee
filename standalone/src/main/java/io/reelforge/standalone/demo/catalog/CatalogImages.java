package io.reelforge.standalone.demo.catalog;

import io.reelforge.standalone.demo.art.Studio;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The catalog's photos, drawn when first asked for and kept in a cache bounded by bytes (least recently used
 * first out): a 10,000-product catalog costs nothing at start-up, and a benchmark's few hundred products are drawn
 * once. Two requests racing for a photo not yet cached may both draw it; the bytes are the same.
 */
public final class CatalogImages {

    /** Photos are square, this many pixels a side. */
    public static final int SIZE = 800;
    /** About 2,000 photos of some 32 KB: every photo of a 600-product catalog. */
    public static final long DEFAULT_MAX_BYTES = 64L * 1024 * 1024;
    private static final float QUALITY = 0.88f;

    private final long maxBytes;
    private final Map<String, byte[]> cache = new LinkedHashMap<>(64, 0.75f, true);
    private final AtomicInteger drawn = new AtomicInteger();
    private long cachedBytes;

    public CatalogImages(long maxBytes) {
        if (maxBytes < 0) {
            throw new IllegalArgumentException("the image cache's size cannot be negative: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    /** Photo {@code number} (from 1) of {@code product}, as a JPEG. */
    public byte[] jpeg(CatalogProduct product, int number) {
        if (number < 1 || number > product.imageCount()) {
            throw new IllegalArgumentException(product.slug() + " has photos 1 to " + product.imageCount()
                    + ", not " + number);
        }
        String key = product.slug() + "-" + number;
        synchronized (this) {
            byte[] cached = cache.get(key);
            if (cached != null) {
                return cached;
            }
        }
        byte[] jpeg = Studio.jpeg(Studio.photo(product.family().drawing(), product.shots().get(number - 1), SIZE,
                SIZE), QUALITY);
        drawn.incrementAndGet();
        keep(key, jpeg);
        return jpeg;
    }

    /** How many photos were drawn so far (a photo drawn again after leaving the cache counts again). */
    public int drawn() {
        return drawn.get();
    }

    private synchronized void keep(String key, byte[] jpeg) {
        byte[] replaced = cache.put(key, jpeg);
        cachedBytes += jpeg.length - (replaced == null ? 0 : replaced.length);
        Iterator<byte[]> eldest = cache.values().iterator();
        while (cachedBytes > maxBytes && eldest.hasNext()) {
            cachedBytes -= eldest.next().length;
            eldest.remove();
        }
    }
}
