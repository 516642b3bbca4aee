package io.reelforge.scraper.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises sizes of one picture: stores and CDNs encode the size in the file name ({@code _800x},
 * {@code _1024x1024}, {@code _grande}, {@code -300x300}, Amazon's {@code ._AC_SX300_}), in path segments
 * ({@code /w_500,h_500/}, {@code /resize/400/400/}) or in the query ({@code ?sw=500}, {@code ?wid=800}). Two URLs
 * with the same {@link #key} are one picture; {@link #largestOfEach} keeps one URL per picture, the largest.
 */
final class ImageVariants {

    private static final Pattern AMAZON = Pattern.compile("\\._[A-Za-z0-9_,.-]*_(?=\\.[a-z]{3,4}$)");
    private static final Pattern NAME_SIZE = Pattern.compile(
            "(?i)(?:[_-](\\d{2,4})?x(\\d{2,4})?(?:_crop_\\w+)?|[_-](?:pico|icon|thumb|thumbnail|small|compact|medium|large|grande|original|master|big|zoom)|@\\d(?:\\.\\d)?x)(?=\\.[a-z]{3,4}$)");
    private static final Pattern PATH_SIZE = Pattern.compile(
            "(?i)/(?:(?:[wh]|c|q|f|g)_[^/,]+(?:,[a-z]{1,2}_[^/,]+)*|resize/\\d+/\\d+|\\d{2,4}x\\d{2,4}|img/\\d+/\\d+/resize)(?=/)");
    private static final Pattern SIZE_PARAMS = Pattern.compile(
            "(?i)^(sw|sh|sm|sfrm|w|h|wid|hei|width|height|size|resize|fit|crop|q|qlt|quality|fmt|format|dpr|scale|imwidth|impolicy|op_sharpen|\\$[^=]*\\$|odnwidth|odnheight|odnbg|auto|v|ver|version)$");
    private static final Pattern NUMBER = Pattern.compile("\\d{2,4}");
    /** {@code img1.etsystatic.com}, {@code litbimg3.}, {@code s7d2.scene7.com}: numbered shards of one CDN. */
    private static final Pattern SHARD = Pattern.compile("^([a-z-]*[a-z])\\d+(?=\\.)", Pattern.CASE_INSENSITIVE);
    /** A file named only by its size ({@code t440x300.jpg}, {@code c700x420q10.jpg}): the folder is the picture. */
    private static final Pattern SIZE_FILE = Pattern.compile("(?i)/[a-z]?\\d{2,4}x\\d{2,4}[a-z0-9]*\\.[a-z]{3,4}$");
    private static final Pattern SCRIPT = Pattern.compile("(?i)\\.(php|aspx?|jsp|cgi|ashx)$|^(image|img|images|resize|"
            + "render|thumb|thumbnail|hmprod|fetch|proxy|media|picture|photo|compositor|i|p)$");
    private static final Pattern EMBEDDED_FILE = Pattern.compile(
            "(?i)(?:^|[=\\[(,:])/?([^=\\[\\](),&?]+\\.(?:jpe?g|png|webp|gif|avif|tiff?))");

    private ImageVariants() {
    }

    /**
     * The picture a URL shows, whatever size: scheme, CDN shard numbers ({@code img1.}, {@code s7d2.}), size
     * markers and size parameters removed. When the path names the asset itself ({@code /RW7DtR},
     * {@code /goods_69_151947}), the query only renders it and is dropped; when the path is a script or a
     * directory, the query names the picture: a file path inside it ({@code ?set=source[/model/0459797.jpg]}) is the
     * picture, else the query without its size parameters.
     */
    static String key(String url) {
        String withoutScheme = url.replaceFirst("(?i)^https?:", "").replaceFirst("^//", "");
        int fragment = withoutScheme.indexOf('#');
        withoutScheme = fragment < 0 ? withoutScheme : withoutScheme.substring(0, fragment);
        int queryStart = withoutScheme.indexOf('?');
        String path = queryStart < 0 ? withoutScheme : withoutScheme.substring(0, queryStart);
        String query = queryStart < 0 ? "" : withoutScheme.substring(queryStart + 1);
        int slash = path.indexOf('/');
        String host = SHARD.matcher(slash < 0 ? path : path.substring(0, slash)).replaceFirst("$1");
        path = slash < 0 ? "/" : path.substring(slash);
        path = AMAZON.matcher(path).replaceFirst("");
        path = SIZE_FILE.matcher(path).replaceFirst("/");
        for (int pass = 0; pass < 3; pass++) {
            path = NAME_SIZE.matcher(path).replaceAll(""); // "_1024x1024@2x": one marker after another
        }
        path = PATH_SIZE.matcher(path).replaceAll("");
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        String kept = "";
        if (!query.isEmpty() && (lastSegment.isEmpty() || SCRIPT.matcher(lastSegment).find())) {
            Matcher embedded = EMBEDDED_FILE.matcher(java.net.URLDecoder.decode(query.replace("+", "%2B"),
                    java.nio.charset.StandardCharsets.UTF_8));
            if (embedded.find()) {
                return (host + "/" + embedded.group(1)).toLowerCase(Locale.ROOT);
            }
            List<String> parameters = new ArrayList<>();
            for (String parameter : query.split("&")) {
                String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
                if (!parameter.isEmpty() && !SIZE_PARAMS.matcher(name).matches() && !parameter.startsWith("$")) {
                    parameters.add(parameter);
                }
            }
            kept = parameters.isEmpty() ? "" : "?" + String.join("&", parameters);
        }
        return (host + lastTwoSegments(path) + kept).toLowerCase(Locale.ROOT);
    }

    /** The file and its folder: renditions often differ only in the folders before them ({@code /jp2/m/}). */
    private static String lastTwoSegments(String path) {
        int last = path.lastIndexOf('/');
        int previous = last <= 0 ? -1 : path.lastIndexOf('/', last - 1);
        return previous < 0 ? path : path.substring(previous);
    }

    /** One URL per picture, in the order pictures first appear, each the largest size seen (https preferred). */
    static List<String> largestOfEach(List<String> urls) {
        Map<String, String> byKey = new LinkedHashMap<>();
        for (String url : urls) {
            byKey.merge(key(url), url, (known, candidate) -> size(candidate) > size(known)
                    || (size(candidate) == size(known) && known.startsWith("http://") && candidate.startsWith("https://"))
                    ? candidate : known);
        }
        return new ArrayList<>(byKey.values());
    }

    /** How large a variant is by its markers; a URL with no size marker is the original, the largest. */
    static long size(String url) {
        String withoutScheme = url.replaceFirst("(?i)^https?://", "");
        StringBuilder markers = new StringBuilder();
        for (Pattern pattern : List.of(AMAZON, NAME_SIZE, PATH_SIZE)) {
            Matcher m = pattern.matcher(withoutScheme.contains("?") ? withoutScheme.substring(0,
                    withoutScheme.indexOf('?')) : withoutScheme);
            while (m.find()) {
                markers.append(' ').append(m.group());
            }
        }
        int queryStart = withoutScheme.indexOf('?');
        if (queryStart >= 0) {
            for (String parameter : withoutScheme.substring(queryStart + 1).split("&")) {
                String name = parameter.contains("=") ? parameter.substring(0, parameter.indexOf('=')) : parameter;
                if (name.matches("(?i)sw|sh|w|h|wid|hei|width|height|size|imwidth|odnwidth")) {
                    markers.append(' ').append(parameter);
                }
            }
        }
        if (markers.isEmpty()) {
            return Long.MAX_VALUE;
        }
        String lower = markers.toString().toLowerCase(Locale.ROOT);
        if (lower.matches(".*(original|master|zoom).*")) {
            return Long.MAX_VALUE - 1;
        }
        long largest = 0;
        Matcher number = NUMBER.matcher(lower);
        while (number.find()) {
            largest = Math.max(largest, Long.parseLong(number.group()));
        }
        if (largest == 0) {
            largest = lower.contains("grande") ? 600 : lower.contains("large") || lower.contains("big") ? 480
                    : lower.contains("medium") ? 240 : 100;
        }
        return largest;
    }
}
