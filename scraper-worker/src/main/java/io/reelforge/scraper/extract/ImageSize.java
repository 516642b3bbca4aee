package io.reelforge.scraper.extract;

import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The size an image URL asks for, and the same picture asked for large. Stores link thumbnails
 * ({@code ?maxHeight=210}, Amazon's {@code ._SX38_}, eBay's {@code s-l64}, {@code ?w=100}, Cloudinary's
 * {@code w_100,h_100}) where the large picture is one parameter away; a picture under 300 px on its long side is
 * never the product's main picture, and is not worth a video frame.
 */
final class ImageSize {

    static final int MIN_LONG_SIDE = 300;
    private static final int WANTED = 1200;

    private static final Pattern QUERY_SIZE = Pattern.compile(
            "(?i)([?&](?:w|h|wid|hei|width|height|maxwidth|maxheight|max_width|max_height|sw|sh|imwidth|odnwidth"
                    + "|odnheight|size)=)(\\d{2,4})(?=&|#|$)");
    private static final Pattern PATH_SIZE = Pattern.compile("(?<=[/,])([wh]_)(\\d{2,4})(?=[,/])");
    private static final Pattern AMAZON = Pattern.compile("\\._[A-Za-z0-9_,]*?(?:S[XYLSR]|U[XYS]|AA|AC_U[SLXY])"
            + "(\\d{2,4})[A-Za-z0-9_,]*_(?=\\.[a-zA-Z]{3,4}(?:$|\\?))");
    private static final Pattern EBAY = Pattern.compile("(?<=/s-l)(\\d{2,4})(?=\\.(?:jpg|jpeg|png|webp))");
    private static final Pattern NAME_SIZE = Pattern.compile("[_-](\\d{2,4})x(\\d{2,4})?(?=(?:@\\dx)?\\.[a-zA-Z]{3,4}(?:$|\\?))");
    private static final Pattern THUMB_FOLDER = Pattern.compile("(?i)/(?:thumb|thumbs|thumbnail|thumbnails|mini|tiny)/");

    private ImageSize() {
    }

    /** The long side the URL asks for, when it says. */
    static OptionalInt longSide(String url) {
        int largest = 0;
        for (Pattern pattern : new Pattern[] {QUERY_SIZE, PATH_SIZE}) {
            Matcher m = pattern.matcher(url);
            while (m.find()) {
                largest = Math.max(largest, Integer.parseInt(m.group(2)));
            }
        }
        for (Pattern pattern : new Pattern[] {AMAZON, EBAY}) {
            Matcher m = pattern.matcher(url);
            while (m.find()) {
                largest = Math.max(largest, Integer.parseInt(m.group(1)));
            }
        }
        Matcher name = NAME_SIZE.matcher(url);
        if (name.find()) {
            largest = Math.max(largest, Math.max(Integer.parseInt(name.group(1)),
                    name.group(2) == null ? 0 : Integer.parseInt(name.group(2))));
        }
        if (largest == 0 && THUMB_FOLDER.matcher(url).find()) {
            return OptionalInt.of(100);
        }
        return largest == 0 ? OptionalInt.empty() : OptionalInt.of(largest);
    }

    /** Whether the URL says the picture is too small to be the product's (and could not be asked for larger). */
    static boolean isTooSmall(String url) {
        return longSide(url).orElse(Integer.MAX_VALUE) < MIN_LONG_SIDE;
    }

    /**
     * The same picture asked for large: size parameters scaled up (keeping the proportions), Amazon's size
     * token and Shopify's or WordPress's size suffix dropped (those serve the original), eBay's largest rendition.
     * URLs that ask for 300 px or more are left alone.
     */
    static String large(String url) {
        int side = longSide(url).orElse(Integer.MAX_VALUE);
        if (side >= MIN_LONG_SIDE) {
            return url;
        }
        String large = AMAZON.matcher(url).replaceFirst("");
        large = EBAY.matcher(large).replaceFirst("1600");
        if (large.contains("cdn.shopify.com") || large.contains("/wp-content/")) {
            large = NAME_SIZE.matcher(large).replaceFirst("");
        }
        double factor = (double) WANTED / side;
        large = scale(QUERY_SIZE.matcher(large), factor);
        return scale(PATH_SIZE.matcher(large), factor);
    }

    private static String scale(Matcher size, double factor) {
        StringBuilder out = new StringBuilder();
        while (size.find()) {
            long scaled = Math.round(Integer.parseInt(size.group(2)) * factor);
            size.appendReplacement(out, Matcher.quoteReplacement(size.group(1) + scaled));
        }
        size.appendTail(out);
        return out.toString();
    }
}
