package io.reelforge.gateway.image;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The images fetched last, by URL, within a byte budget, least recently used dropped first; each served for a while,
 * then fetched again. A job's screen asks for its images again at every stage and in the script editor; without
 * this every viewer's every redraw would reach the store. Only images that passed every check are kept, so a cached
 * answer is one the fetcher would give. An image larger than a quarter of the budget is not kept.
 */
final class ImageCache {

    private record Entry(FetchedImage image, Instant expires) {
    }

    private final long budget;
    private final Duration ttl;
    private final Clock clock;
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private long size;

    ImageCache(long budget, Duration ttl, Clock clock) {
        this.budget = budget;
        this.ttl = ttl;
        this.clock = clock;
    }

    synchronized Optional<FetchedImage> find(String url) {
        Entry entry = entries.get(url);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            remove(url);
            return Optional.empty();
        }
        return Optional.of(entry.image());
    }

    synchronized void keep(String url, FetchedImage image) {
        long bytes = image.bytes().length;
        if (bytes > budget / 4) {
            return;
        }
        remove(url);
        entries.put(url, new Entry(image, clock.instant().plus(ttl)));
        size += bytes;
        Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
        while (size > budget && eldest.hasNext()) {
            size -= eldest.next().getValue().image().bytes().length;
            eldest.remove();
        }
    }

    private void remove(String url) {
        Entry gone = entries.remove(url);
        if (gone != null) {
            size -= gone.image().bytes().length;
        }
    }
}
