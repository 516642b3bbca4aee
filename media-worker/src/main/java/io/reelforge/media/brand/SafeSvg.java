package io.reelforge.media.brand;

import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.DocumentLimits;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import com.github.weisj.jsvg.parser.resources.ResourcePolicy;
import com.github.weisj.jsvg.renderer.NullPlatformSupport;
import com.github.weisj.jsvg.view.FloatSize;
import com.github.weisj.jsvg.view.ViewBox;
import io.reelforge.media.image.UnusableImageException;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamException;

/**
 * Rasterises an SVG logo without letting it reach anything: an SVG is a document that may name other documents,
 * images, style sheets and entities, and a logo URL is the client's. So a file with a DOCTYPE (the only way to
 * declare entities) is refused before parsing; the XML parser is built here with DTDs and external entities off and
 * a resolver that refuses; JSVG gets a resource policy that denies every external and embedded resource and a
 * resource loader that refuses too, and it has no script engine. Raster images inside the SVG are therefore not
 * drawn. Files over {@link #MAX_BYTES}, more than {@link #LIMITS} allows (nesting, {@code use} depth, paths) and
 * sizes of no area are refused; the picture is drawn at most {@code maxSide} pixels on its longer side.
 */
public final class SafeSvg {

    /** A logo is a few kilobytes; a megabyte of SVG is something else. */
    public static final int MAX_BYTES = 1024 * 1024;
    static final DocumentLimits LIMITS = new DocumentLimits(24, 8, 2000);

    private static final ResourcePolicy DENY = ResourcePolicy.DENY_ALL;

    private SafeSvg() {
    }

    /** Whether a downloaded file is an SVG (XML whose root is {@code svg}), judged from its first bytes. */
    public static boolean looksLikeSvg(byte[] file) {
        String head = new String(file, 0, Math.min(file.length, 4096), StandardCharsets.UTF_8).stripLeading();
        if (head.startsWith("\uFEFF")) {
            head = head.substring(1).stripLeading();
        }
        return head.startsWith("<") && head.toLowerCase(Locale.ROOT).contains("<svg");
    }

    /**
     * @param maxSide the longer side of the picture drawn, in pixels
     * @return a {@code TYPE_INT_ARGB} picture at the SVG's aspect
     * @throws UnusableImageException when the file is refused or cannot be read
     */
    public static BufferedImage rasterise(byte[] file, int maxSide) throws UnusableImageException {
        if (file.length > MAX_BYTES) {
            throw new UnusableImageException("SVG too large (" + file.length + " bytes, at most " + MAX_BYTES + ")");
        }
        String text = new String(file, StandardCharsets.UTF_8);
        if (text.contains("<!DOCTYPE") || text.contains("<!ENTITY")) {
            throw new UnusableImageException("SVG with a DOCTYPE (entities are not read)");
        }
        SVGDocument document = load(file);
        FloatSize size = document.size();
        if (!(size.width > 0 && size.height > 0) || !Float.isFinite(size.width) || !Float.isFinite(size.height)) {
            throw new UnusableImageException("SVG without a size (no width, height or viewBox)");
        }
        double scale = maxSide / (double) Math.max(size.width, size.height);
        int width = Math.max(1, (int) Math.round(size.width * scale));
        int height = Math.max(1, (int) Math.round(size.height * scale));
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = picture.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            document.renderWithPlatform(NullPlatformSupport.INSTANCE, g, new ViewBox(0, 0, width, height));
        } catch (RuntimeException e) {
            throw new UnusableImageException("SVG that cannot be drawn (" + e.getClass().getSimpleName() + ")");
        } finally {
            g.dispose();
        }
        return picture;
    }

    private static SVGDocument load(byte[] file) throws UnusableImageException {
        LoaderContext context = LoaderContext.builder()
                .externalResourcePolicy(DENY)
                .resourceLoader((document, uri) -> {
                    throw new IOException("a logo's SVG may not load " + uri);
                })
                .documentLimits(LIMITS)
                .build();
        SVGDocument document;
        try {
            document = new SVGLoader().load(() -> hardenedFactory().createXMLEventReader(
                    new ByteArrayInputStream(file)), URI.create("about:logo"), context);
        } catch (RuntimeException e) {
            // JSVG reports limits and parse errors as runtime exceptions of its own
            throw new UnusableImageException("SVG that cannot be read (" + e.getClass().getSimpleName() + ")");
        }
        if (document == null) {
            throw new UnusableImageException("SVG that cannot be read");
        }
        return document;
    }

    private static XMLInputFactory hardenedFactory() throws XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setXMLResolver((publicId, systemId, base, namespace) -> {
            throw new XMLStreamException("external entity " + systemId + " refused");
        });
        return factory;
    }
}
