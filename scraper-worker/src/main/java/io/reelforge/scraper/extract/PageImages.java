package io.reelforge.scraper.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * Product pictures in a page without markup: {@code <img>}s that are large by their width/height attributes, or
 * that sit in a product gallery or are named as the main image. Logos, icons, sprites, tracking pixels, SVGs,
 * data: URIs and pictures of other products (reviews, "related" strips) are left out. Best first: named main
 * images, then gallery images, then merely large ones, each in page order.
 */
final class PageImages {

    private static final int LARGE = 300;
    private static final int TINY = 100;

    private static final Set<String> MAIN = Set.of("main", "primary", "landing", "hero", "zoom", "zoomable",
            "featured");
    private static final Set<String> GALLERY = Set.of("gallery", "slideshow", "carousel", "viewer", "slider",
            "zoom", "hero", "media");
    private static final Set<String> PRODUCT = Set.of("product", "pdp", "main", "item", "listing");
    private static final Set<String> PICTURE = Set.of("image", "images", "img", "photo", "photos", "picture",
            "media", "visual", "shot");
    private static final Set<String> NOT_PRODUCT = Set.of("logo", "icon", "icons", "sprite", "avatar", "rating",
            "ratings", "star", "stars", "badge", "flag", "social", "share", "payment", "footer", "nav",
            "navbar", "navigation", "menu", "breadcrumb", "breadcrumbs", "review", "reviews", "recommend",
            "recommended", "recommendations", "related", "similar", "sponsored", "ad", "ads", "advert", "swatch",
            "swatches", "banner", "promo");
    private PageImages() {
    }

    static List<String> find(PageContext page, int max) {
        Element body = page.document().body();
        if (body == null) {
            return List.of();
        }
        List<Candidate> candidates = new ArrayList<>();
        // a container holding the product's heading is the product's area, whatever its name says (pages with
        // unclosed tags put the whole page inside a "breadcrumb" or "header" div)
        Set<Element> productArea = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        Headings.main(page).ifPresent(heading -> productArea.addAll(heading.parents()));
        int order = 0;
        for (Element img : body.select("img")) {
            int score = score(img, productArea);
            if (score <= 0) {
                continue;
            }
            String source = ImageSources.best(img);
            if (source == null || ImageUrls.isJunk(source) || isSmallWithoutLargerVariant(img, source)) {
                continue;
            }
            int position = order++;
            page.absolute(source).ifPresent(url -> candidates.add(new Candidate(url, score, position)));
        }
        return candidates.stream()
                .sorted(Comparator.comparingInt(Candidate::score).reversed().thenComparingInt(Candidate::order))
                .map(Candidate::url)
                .distinct()
                .limit(max)
                .toList();
    }

    /** 3 for a named main image, 2 for a gallery image, 1 for a large one, 0 for anything else. */
    private static int score(Element img, Set<Element> productArea) {
        Integer width = dimension(img.attr("width"));
        Integer height = dimension(img.attr("height"));
        if ((width != null && width < TINY) || (height != null && height < TINY) || img.hasAttr("usemap")) {
            return 0; // an image map is a banner or a navigation picture
        }
        if (Names.hasAny(img, NOT_PRODUCT) || img.parents().stream().limit(8)
                .anyMatch(parent -> (Names.hasAny(parent, NOT_PRODUCT) && !productArea.contains(parent))
                        || isChrome(parent) || linksElsewhere(parent, img))) {
            return 0;
        }
        if (Names.hasAny(img, MAIN) || Names.hasPair(img, PRODUCT, PICTURE)
                || img.attr("itemprop").equalsIgnoreCase("image")) {
            return 3;
        }
        if (img.parents().stream().limit(6)
                .anyMatch(parent -> Names.hasAny(parent, GALLERY) || Names.hasPair(parent, PRODUCT, PICTURE))) {
            return 2;
        }
        boolean large = (width != null && width >= LARGE) || (height != null && height >= LARGE);
        return large ? 1 : 0;
    }

    /**
     * A thumbnail: under 300 px on its long side by its attributes, with no larger variant in its other attributes
     * and no size in its URL that could be asked for larger. Never the product's main picture.
     */
    private static boolean isSmallWithoutLargerVariant(Element img, String source) {
        Integer width = dimension(img.attr("width"));
        Integer height = dimension(img.attr("height"));
        if (width == null && height == null) {
            return false;
        }
        int longSide = Math.max(width == null ? 0 : width, height == null ? 0 : height);
        return longSide < ImageSize.MIN_LONG_SIDE && source.equals(img.attr("src").strip())
                && ImageSize.longSide(source).isEmpty();
    }

    /**
     * A picture that links to another page shows another product; one that links to its large version (a file,
     * an image server's URL, another size of the same picture) is fine.
     */
    private static boolean linksElsewhere(Element element, Element img) {
        if (!element.tagName().equals("a")) {
            return false;
        }
        String href = element.attr("href").strip().toLowerCase(java.util.Locale.ROOT);
        if (href.isEmpty() || href.startsWith("#") || href.startsWith("javascript")
                || href.matches(".*\\.(jpe?g|png|webp|gif|avif)(\\?.*)?$") || href.contains("/is/image/")) {
            return false;
        }
        String src = ImageSources.best(img);
        return src == null || !ImageVariants.key(href).equals(ImageVariants.key(src.toLowerCase(java.util.Locale.ROOT)));
    }

    private static boolean isChrome(Element element) {
        return switch (element.tagName()) {
            case "header", "nav", "footer" -> true;
            default -> false;
        };
    }

    /** A width or height attribute as pixels: "308", "155.6", "500px"; null for "100%" or nothing. */
    private static @Nullable Integer dimension(String value) {
        String v = value.strip().toLowerCase(java.util.Locale.ROOT).replace("px", "");
        if (v.isEmpty() || v.endsWith("%")) {
            return null;
        }
        try {
            return (int) Double.parseDouble(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private record Candidate(String url, int score, int order) {
    }
}
