package io.reelforge.standalone.demo.art;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The studio every product is photographed in: a lit gradient backdrop, a soft floor shadow, the product framed by
 * its {@link Look}, and JPEG encoding. Families differ only in their {@link ProductDrawing}.
 */
public final class Studio {

    private Studio() {
    }

    /** A photo of {@code drawing}'s product; the caller may draw more on it (a caption) before encoding. */
    public static BufferedImage photo(ProductDrawing drawing, Look look, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            backdrop(g, look, width, height);
            double unit = Math.min(width, height) * look.scale();
            double cx = width / 2.0;
            double cy = height * 0.52;
            floorShadow(g, cx, cy + unit * 0.36, unit);
            g.rotate(Math.toRadians(look.tilt()), cx, cy);
            if (look.mirrored()) {
                g.translate(cx, 0);
                g.scale(-1, 1);
                g.translate(-cx, 0);
            }
            drawing.draw(g, look, cx, cy, unit);
        } finally {
            g.dispose();
        }
        return image;
    }

    public static byte[] jpeg(BufferedImage image, float quality) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
            try {
                ImageWriteParam param = writer.getDefaultWriteParam();
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, null), param);
            } finally {
                writer.dispose();
            }
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void backdrop(Graphics2D g, Look look, int w, int h) {
        g.setPaint(new GradientPaint(0, 0, look.backdropTop(), 0, h, look.backdropBottom()));
        g.fillRect(0, 0, w, h);
        float radius = Math.max(w, h) * 0.6f;
        g.setPaint(new RadialGradientPaint(new Point2D.Double(w * 0.5, h * 0.42), radius, new float[] {0f, 1f},
                new Color[] {new Color(255, 255, 255, 90), new Color(255, 255, 255, 0)}));
        g.fillRect(0, 0, w, h);
    }

    private static void floorShadow(Graphics2D g, double cx, double y, double unit) {
        float rx = (float) (unit * 0.55);
        g.setPaint(new RadialGradientPaint(new Point2D.Double(cx, y), rx, new float[] {0f, 1f},
                new Color[] {new Color(0, 0, 0, 110), new Color(0, 0, 0, 0)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        AffineTransform saved = g.getTransform();
        g.translate(cx, y);
        g.scale(1.0, 0.16);
        g.translate(-cx, -y);
        g.fill(new Ellipse2D.Double(cx - rx, y - rx, rx * 2, rx * 2));
        g.setTransform(saved);
    }
}
