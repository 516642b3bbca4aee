package io.reelforge.gateway.feed;

import static java.util.Map.entry;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Google Merchant Center product feed, RSS 2.0 ({@code <rss><channel><item>}) or Atom 1.0
 * ({@code <feed><entry>}), with the product attributes in the {@code g:} namespace
 * ({@code http://base.google.com/ns/1.0}). Streaming (StAX), so a feed of 10,000 items never sits in memory as a
 * tree, and hardened against hostile XML ({@link HardenedXml}; a DOCTYPE is refused outright).
 *
 * <p>Only an item's own children are its fields: {@code g:price} inside {@code g:shipping} or {@code g:installment}
 * is not the product's price. A {@code g:} attribute wins over the feed format's own element of the same meaning
 * ({@code g:title} over {@code title}, {@code g:link} over {@code link}); in Atom, the page is the
 * {@code <link href>} whose {@code rel} is absent or {@code alternate}, and {@code summary} or {@code content}
 * serves as the description.
 */
public class MerchantFeedReader {

    static final String GOOGLE_NS = "http://base.google.com/ns/1.0";
    static final String ATOM_NS = "http://www.w3.org/2005/Atom";
    private static final String SOURCE = "merchant-feed";
    private static final ItemFields.Names NAMES = new ItemFields.Names("link", "title", "g:price", "g:image_link");
    private static final Map<String, ItemField> GOOGLE_FIELDS = Map.ofEntries(
            entry("id", ItemField.ID), entry("title", ItemField.TITLE), entry("description", ItemField.DESCRIPTION),
            entry("link", ItemField.URL), entry("price", ItemField.PRICE), entry("sale_price", ItemField.SALE_PRICE),
            entry("sale_price_effective_date", ItemField.SALE_PRICE_EFFECTIVE_DATE),
            entry("image_link", ItemField.IMAGE), entry("additional_image_link", ItemField.ADDITIONAL_IMAGE),
            entry("availability", ItemField.AVAILABILITY), entry("brand", ItemField.BRAND),
            entry("gtin", ItemField.GTIN), entry("mpn", ItemField.MPN),
            entry("product_highlight", ItemField.FEATURE));
    /** The feed format's own elements: weaker than their {@code g:} spelling. */
    private static final Map<String, ItemField> CORE_FIELDS = Map.of(
            "title", ItemField.TITLE, "link", ItemField.URL, "description", ItemField.DESCRIPTION,
            "summary", ItemField.DESCRIPTION, "content", ItemField.DESCRIPTION);

    private final FeedLimits limits;
    private final Clock clock;

    public MerchantFeedReader(FeedLimits limits, Clock clock) {
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * The feed's items and problems. The stream is read to the end of the document, not closed.
     *
     * @throws InvalidFeedException when the document is not well-formed XML, has a DOCTYPE, or is not RSS or Atom
     * @throws FeedTooLargeException when it has more items than {@link FeedLimits#maxItems()}
     * @throws IOException when the stream itself fails (a broken upload)
     */
    public ParsedFeed read(InputStream in) throws IOException {
        XMLStreamReader xml = null;
        try {
            xml = HardenedXml.factory().createXMLStreamReader(in);
            FeedFormat format = format(xml);
            FeedEntries entries = new FeedEntries(limits);
            Instant now = clock.instant();
            while (xml.hasNext()) {
                if (xml.next() == XMLStreamConstants.START_ELEMENT && isEntry(xml, format)) {
                    readEntry(xml, format, new ItemFields(entries.next(), NAMES, SOURCE)).addTo(entries, now);
                }
            }
            return entries.result(format);
        } catch (XMLStreamException e) {
            throw XmlErrors.explained(e);
        } finally {
            close(xml);
        }
    }

    /** Reads up to the root element, refusing a DOCTYPE on the way. */
    private static FeedFormat format(XMLStreamReader xml) throws XMLStreamException {
        while (xml.hasNext()) {
            int event = xml.next();
            if (event == XMLStreamConstants.DTD) {
                throw new InvalidFeedException("The feed has a DOCTYPE declaration. Product feeds need none and"
                        + " Reelforge reads none (a DOCTYPE can make a parser read local files or expand entities"
                        + " without end): remove it.");
            }
            if (event == XMLStreamConstants.START_ELEMENT) {
                String name = xml.getLocalName();
                String ns = namespace(xml);
                if (name.equals("rss") && ns.isEmpty()) {
                    return FeedFormat.MERCHANT_RSS;
                }
                if (name.equals("feed") && (ns.equals(ATOM_NS) || ns.isEmpty())) {
                    return FeedFormat.MERCHANT_ATOM;
                }
                throw new InvalidFeedException(name.equalsIgnoreCase("html")
                        ? "The document is a web page (HTML), not a product feed: give the address of the feed itself."
                        : "The XML document's root element is <" + name + ">, not <rss> (RSS 2.0) or <feed> (Atom):"
                                + " it is not a Merchant product feed.");
            }
        }
        throw new InvalidFeedException("The XML document has no elements.");
    }

    private static boolean isEntry(XMLStreamReader xml, FeedFormat format) {
        String ns = namespace(xml);
        return format == FeedFormat.MERCHANT_RSS
                ? xml.getLocalName().equals("item") && ns.isEmpty()
                : xml.getLocalName().equals("entry") && (ns.equals(ATOM_NS) || ns.isEmpty());
    }

    /** Reads the entry's children, each to its end, up to the entry's own end tag. */
    private static ItemFields readEntry(XMLStreamReader xml, FeedFormat format, ItemFields fields)
            throws XMLStreamException {
        while (true) {
            int event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
                return fields;
            }
            if (event != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String ns = namespace(xml);
            String name = xml.getLocalName();
            boolean core = ns.isEmpty() || (format == FeedFormat.MERCHANT_ATOM && ns.equals(ATOM_NS));
            if (ns.equals(GOOGLE_NS) && GOOGLE_FIELDS.containsKey(name)) {
                fields.put(GOOGLE_FIELDS.get(name), text(xml));
            } else if (core && format == FeedFormat.MERCHANT_ATOM && name.equals("link")) {
                String rel = xml.getAttributeValue(null, "rel");
                if (rel == null || rel.equals("alternate")) {
                    fields.putIfAbsent(ItemField.URL, xml.getAttributeValue(null, "href"));
                }
                text(xml);
            } else if (core && CORE_FIELDS.containsKey(name)) {
                fields.putIfAbsent(CORE_FIELDS.get(name), text(xml));
            } else {
                text(xml); // skipped whole: g:shipping's own g:price is not the product's
            }
        }
    }

    /** The text of the current element and everything inside it; leaves the reader on its end tag. */
    private static String text(XMLStreamReader xml) throws XMLStreamException {
        StringBuilder text = new StringBuilder();
        int depth = 1;
        while (depth > 0) {
            switch (xml.next()) {
                case XMLStreamConstants.START_ELEMENT -> depth++;
                case XMLStreamConstants.END_ELEMENT -> depth--;
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                        text.append(xml.getText());
                default -> {
                }
            }
        }
        return text.toString();
    }

    private static String namespace(XMLStreamReader xml) {
        String ns = xml.getNamespaceURI();
        return ns == null ? "" : ns;
    }

    private static void close(@Nullable XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing was written; the caller closes the stream itself
            }
        }
    }
}
