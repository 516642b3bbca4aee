package io.reelforge.standalone.demo.catalog;

import java.io.StringWriter;
import java.math.BigDecimal;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The catalog as a Google Merchant Center product feed: RSS 2.0 with the {@code g:} namespace, one {@code item}
 * per product with {@code g:id} (the SKU), {@code title}, {@code description}, {@code link}, {@code g:image_link},
 * {@code g:additional_image_link} (one per further photo), {@code g:availability} ({@code in_stock} or
 * {@code out_of_stock}), {@code g:price} ("249.00 USD"), {@code g:sale_price} when on sale, {@code g:brand},
 * {@code g:condition} and {@code g:product_type}. Written by the JDK's StAX writer, so it is well-formed whatever
 * the text holds.
 */
final class MerchantFeed {

    static final String NAMESPACE = "http://base.google.com/ns/1.0";

    private final XMLOutputFactory factory = XMLOutputFactory.newFactory();

    String xml(List<CatalogProduct> products, CatalogUrls urls) {
        StringWriter out = new StringWriter(products.size() * 1_200 + 512);
        try {
            XMLStreamWriter xml = factory.createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeCharacters("\n");
            xml.writeStartElement("rss");
            xml.writeAttribute("version", "2.0");
            xml.writeNamespace("g", NAMESPACE);
            xml.writeCharacters("\n");
            xml.writeStartElement("channel");
            element(xml, "  ", "title", CatalogPage.SITE_NAME);
            element(xml, "  ", "link", urls.index());
            element(xml, "  ", "description", "The Reelforge sample catalog: " + products.size() + " products");
            for (CatalogProduct product : products) {
                item(xml, product, urls);
            }
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeCharacters("\n");
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing the catalog feed failed", e);
        }
        return out.append('\n').toString();
    }

    private static void item(XMLStreamWriter xml, CatalogProduct product, CatalogUrls urls)
            throws XMLStreamException {
        xml.writeCharacters("\n  ");
        xml.writeStartElement("item");
        String indent = "    ";
        gElement(xml, indent, "id", product.sku());
        element(xml, indent, "title", product.name());
        element(xml, indent, "description", product.description());
        element(xml, indent, "link", urls.product(product));
        gElement(xml, indent, "image_link", urls.image(product, 1));
        for (int n = 2; n <= product.imageCount(); n++) {
            gElement(xml, indent, "additional_image_link", urls.image(product, n));
        }
        gElement(xml, indent, "availability", product.inStock() ? "in_stock" : "out_of_stock");
        gElement(xml, indent, "price", money(product.price()));
        if (product.salePrice() != null) {
            gElement(xml, indent, "sale_price", money(product.salePrice()));
        }
        gElement(xml, indent, "brand", product.brand());
        gElement(xml, indent, "condition", "new");
        gElement(xml, indent, "product_type", product.family().noun());
        xml.writeCharacters("\n  ");
        xml.writeEndElement();
    }

    private static String money(BigDecimal amount) {
        return amount.toPlainString() + " " + CatalogProduct.CURRENCY;
    }

    private static void element(XMLStreamWriter xml, String indent, String name, String text)
            throws XMLStreamException {
        xml.writeCharacters("\n" + indent);
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void gElement(XMLStreamWriter xml, String indent, String name, String text)
            throws XMLStreamException {
        xml.writeCharacters("\n" + indent);
        xml.writeStartElement("g", name, NAMESPACE);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }
}
