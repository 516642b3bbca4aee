package io.reelforge.standalone.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * Draws the demo store's product photos: studio shots of a pair of over-ear headphones in several colourways.
 * Rendered by the project itself, so the demo ships no third-party images and needs no network.
 */
public final class ProductArt {

    /** One shot: the headphones' colours, the backdrop, and how the product sits in the frame. */
    public record Shot(String name, Color shell, Color accent, Color backdropTop, Color backdropBottom, double scale,
            double tilt, String caption) {
    }

    private ProductArt() {
    }

    public static byte[] jpeg(Shot shot, int width, int height) {
        return encode(draw(shot, width, height));
    }

    static BufferedImage draw(Shot shot, int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            backdrop(g, shot, width, height);
            double unit = Math.min(width, height) * shot.scale();
            double cx = width / 2.0;
            double cy = height * 0.52;
            floorShadow(g, cx, cy + unit * 0.36, unit);
            AffineTransform saved = g.getTransform();
            g.rotate(Math.toRadians(shot.tilt()), cx, cy);
            headphones(g, shot, cx, cy, unit);
            g.setTransform(saved);
            caption(g, shot, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void backdrop(Graphics2D g, Shot shot, int w, int h) {
        g.setPaint(new GradientPaint(0, 0, shot.backdropTop(), 0, h, shot.backdropBottom()));
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

    private static void headphones(Graphics2D g, Shot shot, double cx, double cy, double unit) {
        double bandRadius = unit * 0.36;
        double bandWidth = unit * 0.07;
        // headband: a thick arc with a lighter inner cushion
        g.setStroke(new BasicStroke((float) bandWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(new GradientPaint((float) (cx - bandRadius), (float) (cy - bandRadius), shot.shell().brighter(),
                (float) (cx + bandRadius), (float) cy, shot.shell().darker()));
        Arc2D band = new Arc2D.Double(cx - bandRadius, cy - bandRadius * 1.15, bandRadius * 2, bandRadius * 2.1, 8, 164,
                Arc2D.OPEN);
        g.draw(band);
        g.setStroke(new BasicStroke((float) (bandWidth * 0.45), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(shot.accent());
        g.draw(new Arc2D.Double(cx - bandRadius * 0.9, cy - bandRadius * 1.02, bandRadius * 1.8, bandRadius * 1.8, 25,
                130, Arc2D.OPEN));
        for (int side = -1; side <= 1; side += 2) {
            earCup(g, shot, cx + side * bandRadius * 0.98, cy + unit * 0.12, unit, side);
        }
    }

    private static void earCup(Graphics2D g, Shot shot, double x, double y, double unit, int side) {
        double w = unit * 0.2;
        double h = unit * 0.32;
        // yoke connecting the cup to the band
        g.setStroke(new BasicStroke((float) (unit * 0.025), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(shot.shell().darker());
        g.draw(new Arc2D.Double(x - w * 0.7, y - h * 0.75, w * 1.4, h * 1.1, 20, 140, Arc2D.OPEN));
        // cushion
        g.setPaint(new GradientPaint((float) x, (float) (y - h / 2), new Color(60, 60, 66), (float) x,
                (float) (y + h / 2), new Color(22, 22, 26)));
        g.fill(new RoundRectangle2D.Double(x - w / 2 - side * w * 0.12, y - h / 2, w, h, w * 0.9, w * 0.9));
        // shell with a highlight
        double sx = x + side * w * 0.12;
        g.setPaint(new GradientPaint((float) (sx - w / 2), (float) (y - h / 2), shot.shell().brighter(),
                (float) (sx + w / 2), (float) (y + h / 2), shot.shell().darker()));
        g.fill(new RoundRectangle2D.Double(sx - w / 2, y - h / 2, w, h, w * 0.95, w * 0.95));
        g.setColor(new Color(255, 255, 255, 70));
        g.fill(new RoundRectangle2D.Double(sx - w * 0.32, y - h * 0.42, w * 0.18, h * 0.5, w * 0.2, w * 0.2));
        // accent ring and logo dot
        g.setStroke(new BasicStroke((float) (unit * 0.008)));
        g.setColor(shot.accent());
        g.draw(new Ellipse2D.Double(sx - w * 0.28, y - w * 0.28, w * 0.56, w * 0.56));
        g.fill(new Ellipse2D.Double(sx - w * 0.06, y - w * 0.06, w * 0.12, w * 0.12));
    }

    private static void caption(Graphics2D g, Shot shot, int w, int h) {
        if (shot.caption().isEmpty()) {
            return;
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(14, h / 22)));
        int textWidth = g.getFontMetrics().stringWidth(shot.caption());
        g.setColor(new Color(255, 255, 255, 225));
        g.drawString(shot.caption(), (w - textWidth) / 2, (int) (h * 0.92));
    }

    private static byte[] encode(BufferedImage image) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
                MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName("jpeg");
            ImageWriter writer = writers.next();
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(0.9f);
            writer.setOutput(out);
            writer.write(null, new IIOImage(image, null, null), param);
            writer.dispose();
            out.flush();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
