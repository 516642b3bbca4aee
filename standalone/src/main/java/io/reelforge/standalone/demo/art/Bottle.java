package io.reelforge.standalone.demo.art;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** An insulated bottle standing up: a powder-coated body with a band, rounded shoulders, a cap with a carry loop. */
public final class Bottle implements ProductDrawing {

    @Override
    public void draw(Graphics2D g, Look look, double cx, double cy, double unit) {
        double w = unit * (0.24 + 0.1 * look.variant());
        double h = unit * 0.7;
        double bottom = cy + unit * 0.35;
        double top = bottom - h;
        double left = cx - w / 2;
        double neck = w * 0.62;
        double shoulder = top + h * 0.2;
        Color cap = Colors.isLight(look.main()) ? new Color(46, 48, 52) : Colors.shade(look.main(), 0.55);
        // carry loop and cap
        g.setStroke(new BasicStroke((float) (unit * 0.022), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(cap);
        g.draw(new Arc2D.Double(cx - neck * 0.32, top - h * 0.07, neck * 0.64, h * 0.12, 0, 180, Arc2D.OPEN));
        g.setPaint(Colors.cylinder(cap, cx - neck / 2, cx + neck / 2));
        g.fill(new RoundRectangle2D.Double(cx - neck / 2, top, neck, h * 0.1, neck * 0.2, neck * 0.2));
        // body: shoulders curving in to the neck
        Path2D.Double outline = new Path2D.Double();
        outline.moveTo(cx - neck / 2, top + h * 0.09);
        outline.curveTo(cx - neck / 2, top + h * 0.13, left, top + h * 0.13, left, shoulder);
        outline.lineTo(left, bottom - w * 0.15);
        outline.quadTo(left, bottom, left + w * 0.15, bottom);
        outline.lineTo(left + w * 0.85, bottom);
        outline.quadTo(left + w, bottom, left + w, bottom - w * 0.15);
        outline.lineTo(left + w, shoulder);
        outline.curveTo(left + w, top + h * 0.13, cx + neck / 2, top + h * 0.13, cx + neck / 2, top + h * 0.09);
        outline.closePath();
        Area body = new Area(outline);
        g.setPaint(Colors.cylinder(look.main(), left, left + w));
        g.fill(body);
        // band in the accent colour, and a steel ring at the neck
        Area band = new Area(new Rectangle2D.Double(left, top + h * 0.62, w, h * 0.08));
        band.intersect(body);
        g.setPaint(Colors.cylinder(look.accent(), left, left + w));
        g.fill(band);
        g.setPaint(Colors.cylinder(new Color(200, 204, 210), cx - neck / 2, cx + neck / 2));
        g.fill(new Rectangle2D.Double(cx - neck / 2, top + h * 0.085, neck, h * 0.025));
        // highlight
        g.setColor(new Color(255, 255, 255, 60));
        g.fill(new RoundRectangle2D.Double(left + w * 0.16, shoulder + h * 0.03, w * 0.08, h * 0.5, w * 0.08,
                w * 0.08));
    }
}
