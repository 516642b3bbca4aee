package io.reelforge.standalone.demo.art;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** A mug seen slightly from above: a glazed cylinder with a coloured band, a handle on the right, coffee inside. */
public final class Mug implements ProductDrawing {

    @Override
    public void draw(Graphics2D g, Look look, double cx, double cy, double unit) {
        double w = unit * (0.48 - 0.08 * look.variant());
        double h = unit * (0.44 + 0.16 * look.variant());
        double rim = w * 0.24;
        double bottom = cy + unit * 0.35;
        double top = bottom - h;
        double left = cx - w / 2 - unit * 0.06;
        // handle behind the body's right edge
        g.setStroke(new BasicStroke((float) (unit * 0.06), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Colors.shade(look.main(), 0.75));
        g.draw(new Arc2D.Double(left + w - h * 0.26, top + h * 0.18, h * 0.52, h * 0.52, -75, 150, Arc2D.OPEN));
        // body: a cylinder whose lower edge is the bottom rim's front half
        Area body = new Area(new Rectangle2D.Double(left, top, w, h - rim / 2));
        body.add(new Area(new Ellipse2D.Double(left, bottom - rim, w, rim)));
        g.setPaint(Colors.cylinder(look.main(), left, left + w));
        g.fill(body);
        // a band in the accent colour, curved like the rim
        double bandTop = top + h * 0.58;
        double bandHeight = h * 0.11;
        Area band = new Area(new Rectangle2D.Double(left, bandTop, w, bandHeight));
        band.add(new Area(new Ellipse2D.Double(left, bandTop + bandHeight - rim / 2, w, rim)));
        band.subtract(new Area(new Ellipse2D.Double(left, bandTop - rim / 2, w, rim)));
        band.intersect(body);
        g.setPaint(Colors.cylinder(look.accent(), left, left + w));
        g.fill(band);
        // rim, the glazed inside, and coffee
        g.setPaint(Colors.cylinder(Colors.shade(look.main(), 1.15), left, left + w));
        g.fill(new Ellipse2D.Double(left, top - rim / 2, w, rim));
        g.setColor(Colors.shade(look.main(), 0.5));
        g.fill(new Ellipse2D.Double(left + w * 0.05, top - rim * 0.4, w * 0.9, rim * 0.8));
        g.setColor(new Color(74, 46, 30));
        g.fill(new Ellipse2D.Double(left + w * 0.09, top - rim * 0.26, w * 0.82, rim * 0.62));
        // glaze highlight
        g.setColor(new Color(255, 255, 255, 70));
        g.fill(new RoundRectangle2D.Double(left + w * 0.13, top + h * 0.1, w * 0.07, h * 0.42, w * 0.07, w * 0.07));
    }
}
