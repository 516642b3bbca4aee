package io.reelforge.scraper.extract;

import io.reelforge.common.product.ProductDetails;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads the product on an HTML page, with no network and no Spring: the scraper worker uses it on fetched pages,
 * and a command line can use it on saved ones. Sources, strongest first: schema.org JSON-LD, microdata, RDFa,
 * Shopify's product JSON, OpenGraph, Twitter cards, then the plain HTML; see {@link ProductMerger} for how they combine and
 * {@link ProductPageRule} for when a page counts as a product page. Thread-safe.
 */
public final class ProductExtractor {

    private final ExtractionLimits limits;
    private final JsonLdExtractor jsonLd = new JsonLdExtractor();
    private final MicrodataExtractor microdata = new MicrodataExtractor();
    private final RdfaExtractor rdfa = new RdfaExtractor();
    private final ShopifyExtractor shopify = new ShopifyExtractor();
    private final OpenGraphExtractor openGraph = new OpenGraphExtractor();
    private final TwitterCardExtractor twitter = new TwitterCardExtractor();
    private final HtmlFallbackExtractor fallback;
    private final ProductMerger merger;
    private final ProductPageRule rule = new ProductPageRule();

    public ProductExtractor() {
        this(ExtractionLimits.defaults());
    }

    public ProductExtractor(ExtractionLimits limits) {
        this.limits = limits;
        this.fallback = new HtmlFallbackExtractor(limits);
        this.merger = new ProductMerger(limits);
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /**
     * The product on the page, or empty when the page is not a product page.
     *
     * @param pageUri where the page was fetched from (after redirects): relative URLs resolve against it
     */
    public Optional<ProductDetails> extract(String html, URI pageUri) {
        return extract(Jsoup.parse(html, pageUri.toString()), pageUri);
    }

    /** As {@link #extract(String, URI)}, for a page already parsed with {@code pageUri} as its base URI. */
    public Optional<ProductDetails> extract(Document document, URI pageUri) {
        PageContext page = new PageContext(document, pageUri);
        List<PartialProduct> sources = List.of(jsonLd.extract(page), microdata.extract(page), rdfa.extract(page),
                shopify.extract(page), openGraph.extract(page), twitter.extract(page), fallback.extract(page));
        return merger.merge(sources, page).filter(product -> rule.isProductPage(sources, product, page));
    }
}
