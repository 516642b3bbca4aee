package io.reelforge.gateway.feed;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * StAX readers for XML from strangers. A feed is fetched from, or uploaded by, anyone with an API key, so its XML
 * must not make the gateway read a file or a URL (XXE: an external entity or an external DTD, both of which would
 * also reach internal hosts past the address policy), nor expand entities (the "billion laughs": kilobytes that
 * expand to gigabytes). DTD processing is switched off, which leaves no entity to expand; external entities and
 * external DTDs are refused by three separate settings; and the feed reader refuses any document that carries a
 * DOCTYPE at all, since a product feed never needs one. The JDK's own limits on entity expansion come on top.
 *
 * <p>{@link XMLInputFactory#newDefaultFactory()} is the JDK's built-in parser on purpose: a StAX library that
 * happens to be on the class path (Woodstox, Aalto) would bring its own defaults and property names.
 */
final class HardenedXml {

    private HardenedXml() {
    }

    /** A new factory (one per document: the JDK does not promise that a factory is safe to share). */
    static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, baseUri, namespace) -> {
            throw new XMLStreamException("the feed refers to an outside document (" + systemId
                    + "), which Reelforge does not read");
        });
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }
}
