package io.reelforge.scraper.extract;

import java.util.regex.Pattern;

/**
 * Image URLs that are never a product picture, whichever source names them: logos (some stores' og:image is
 * their logo), icons, sprites, spacer and loading GIFs, tracking pixels and ad beacons, SVG graphics; and strings
 * that are no picture at all (a page or script URL, an unfilled template such as <code>{{img}}</code>).
 */
final class ImageUrls {

    private static final Pattern JUNK = Pattern.compile("(?i)(\\.svg($|[?#])|^data:|logo|favicon|icon[s_.-]|sprite"
            + "|pixel|spacer|placeholder|blank\\.|loading|loader|spinner|badge|doubleclick|analytics|tracking|beacon"
            + "|/logging/|log-action|sponsored|adsystem|/ads?/|1x1|/[a-z0-9_]{1,2}\\.gif($|\\?)"
            // not a picture at all: a page, a script, a template left unfilled
            + "|\\.(html?|js|css|json|pdf|xml|txt|mp4|webm|mp3)($|[?#])|\\{\\{|/\\$[a-z]+\\$|\\[%|%7B%7B)");

    private ImageUrls() {
    }

    static boolean isJunk(String url) {
        return JUNK.matcher(url).find();
    }
}
