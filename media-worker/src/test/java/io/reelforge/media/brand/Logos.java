package io.reelforge.media.brand;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.media.image.ImageDecoder;
import io.reelforge.media.image.ImageFetcher;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.List;

/** Test logos and a logo source that may fetch from loopback only, as the worker's tests do. */
public final class Logos {

    public static final Color GREEN = new Color(0x00, 0xC8, 0x53);
    public static final Color MAGENTA = new Color(0xD5, 0x00, 0xF9);

    private Logos() {
    }

    /** A 2:1 logo, its left half green and its right half magenta, with a transparent margin of a tenth. */
    public static BufferedImage twoTone(int width) {
        int height = width / 2;
        BufferedImage logo = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        try {
            int margin = height / 10;
            g.setColor(GREEN);
            g.fillRect(margin, margin, width / 2 - margin, height - 2 * margin);
            g.setColor(MAGENTA);
            g.fillRect(width / 2, margin, width / 2 - margin, height - 2 * margin);
        } finally {
            g.dispose();
        }
        return logo;
    }

    public static LogoSource source() {
        SafeHttpClient http = new SafeHttpClient(new UrlPolicy(List.of("127.0.0.1")), new ReelforgeProperties.Fetch(
                Duration.ofSeconds(2), Duration.ofSeconds(5), 5_242_880, 3, List.of(), "Reelforge-test", "en"));
        return new LogoSource(new ImageFetcher(http, new ImageDecoder(50_000_000, 200), 10), 50_000_000);
    }
}
