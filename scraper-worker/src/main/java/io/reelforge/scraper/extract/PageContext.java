package io.reelforge.scraper.extract;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;

/**
 * A parsed page and the facts about it every extractor needs: where relative URLs resolve to (the page, or its
 * {@code <base href>}), the page's meta tags by name, and the site's name, so a title can lose its " | Store" tail.
 */
final class PageContext {

    private final Document document;
    private final URI uri;
    private final Map<String, List<String>> metas;
    private @Nullable Set<Element> productArea;
    private @Nullable String bodyText;

    PageContext(Document document, URI uri) {
        this.document = document;
        this.uri = uri;
        this.metas = readMetas(document);
    }

    Document document() {
        return document;
    }

    /** The text of the page's body, scripts left out. Computed once. */
    String bodyText() {
        if (bodyText == null) {
            Element body = document.body();
            bodyText = body == null ? "" : body.text();
        }
        return bodyText;
    }

    /**
     * The containers of the main heading: the product's own area, whatever their class names say (Overstock wraps
     * its whole product page in {@code recs-redesign}). Computed once.
     */
    Set<Element> productArea() {
        if (productArea == null) {
            Set<Element> area = Collections.newSetFromMap(new IdentityHashMap<>());
            Headings.main(this).ifPresent(heading -> area.addAll(heading.parents()));
            productArea = area;
        }
        return productArea;
    }

    URI uri() {
        return uri;
    }

    /** The base relative URLs resolve against; jsoup has already applied the page's {@code <base href>}. */
    String base() {
        String base = document.baseUri();
        return base.isBlank() ? uri.toString() : base;
    }

    Optional<String> absolute(@Nullable String raw) {
        return Urls.absolute(base(), raw);
    }

    /** The values of a meta tag named by {@code property} or {@code name}, in page order. */
    List<String> metas(String key) {
        return metas.getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
    }

    @Nullable String meta(String key) {
        for (String value : metas(key)) {
            String text = Text.clean(value);
            if (text != null) {
                return text;
            }
        }
        return null;
    }

    @Nullable String siteName() {
        return meta("og:site_name");
    }

    @Nullable String documentTitle() {
        Element title = document.selectFirst("head > title, title");
        return title == null ? null : Text.clean(title.text());
    }

    /** The page's {@code <link rel="canonical">}, absolute. */
    Optional<String> canonical() {
        Element link = document.selectFirst("link[rel~=(?i)^canonical$][href]");
        return link == null ? Optional.empty() : absolute(link.attr("href"));
    }

    String host() {
        String host = uri.getHost();
        return host == null ? "" : host.toLowerCase(Locale.ROOT);
    }

    private static Map<String, List<String>> readMetas(Document document) {
        Map<String, List<String>> map = new LinkedHashMap<>();
        for (Element meta : document.select("meta")) {
            // Etsy and others put the value in "value" rather than "content"
            String value = meta.hasAttr("content") ? meta.attr("content") : meta.attr("value");
            for (String attribute : List.of("property", "name")) {
                String key = meta.attr(attribute).strip().toLowerCase(Locale.ROOT);
                if (!key.isEmpty()) {
                    map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
                }
            }
        }
        return map;
    }
}
