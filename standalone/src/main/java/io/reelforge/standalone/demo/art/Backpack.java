package io.reelforge.standalone.demo.art;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Area;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;

/** A backpack from the front: straps at its sides, a domed top with a zip and handle, a front pocket, a patch. */
public final class Backpack implements ProductDrawing {

    @Override
    public void draw(Graphics2D g, Look look, double cx, double cy, double unit) {
        double w = unit * (0.48 + 0.1 * look.variant());
        double h = unit * (0.68 - 0.06 * look.variant());
        double bottom = cy + unit * 0.35;
        double top = bottom - h;
        double left = cx - w / 2;
        Color strap = Colors.shade(look.main(), 0.62);
        // shoulder straps behind the body
        g.setColor(strap);
        for (int side = -1; side <= 1; side += 2) {
            double x = cx + side * w * 0.5 - unit * 0.035;
            g.fill(new RoundRectangle2D.Double(x, top + h * 0.16, unit * 0.07, h * 0.72, unit * 0.05, unit * 0.05));
        }
        // carry handle
        g.setStroke(new BasicStroke((float) (unit * 0.025), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.draw(new Arc2D.Double(cx - w * 0.14, top - h * 0.08, w * 0.28, h * 0.2, 0, 180, Arc2D.OPEN));
        // body: domed top, nearly square bottom
        Area body = new Area(new RoundRectangle2D.Double(left, top, w, h * 0.7, w * 0.7, w * 0.6));
        body.add(new Area(new RoundRectangle2D.Double(left, top + h * 0.3, w, h * 0.7, w * 0.16, w * 0.16)));
        g.setPaint(Colors.cylinder(look.main(), left, left + w));
        g.fill(body);
        // main zip following the dome
        g.setStroke(new BasicStroke((float) (unit * 0.012), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(look.accent());
        g.draw(new Arc2D.Double(left + w * 0.07, top + h * 0.05, w * 0.86, h * 0.62, 10, 160, Arc2D.OPEN));
        // front pocket with its own zip and a pull
        double pocketTop = top + h * 0.52;
        g.setPaint(Colors.cylinder(Colors.shade(look.main(), 0.85), left, left + w));
        g.fill(new RoundRectangle2D.Double(left + w * 0.12, pocketTop, w * 0.76, h * 0.4, w * 0.14, w * 0.14));
        g.setColor(look.accent());
        g.draw(new Line2D.Double(left + w * 0.2, pocketTop + h * 0.05, left + w * 0.8, pocketTop + h * 0.05));
        g.fill(new RoundRectangle2D.Double(left + w * 0.74, pocketTop + h * 0.04, w * 0.035, h * 0.08, w * 0.02,
                w * 0.02));
        // leather patch
        g.setColor(Colors.mix(look.accent(), new Color(150, 104, 70), 0.5));
        g.fill(new RoundRectangle2D.Double(cx - w * 0.1, top + h * 0.36, w * 0.2, h * 0.09, w * 0.04, w * 0.04));
        // a seam of light along the left edge
        g.setColor(new Color(255, 255, 255, 45));
        g.fill(new Rectangle2D.Double(left + w * 0.06, top + h * 0.3, w * 0.03, h * 0.6));
    }
}
