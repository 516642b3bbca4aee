package io.reelforge.standalone.demo.art;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;

/** A sneaker from the side, toe to the right: a rubber sole, the upper with a saddle panel, laces and a heel tab. */
public final class Sneaker implements ProductDrawing {

    private static final Color SOLE = new Color(242, 238, 230);

    @Override
    public void draw(Graphics2D g, Look look, double cx, double cy, double unit) {
        double length = unit * 0.9;
        double x0 = cx - length / 2;
        double soleHeight = unit * 0.08;
        double welt = cy + unit * 0.35 - soleHeight;
        double height = unit * (0.34 + 0.12 * look.variant());
        Shape upper = upper(x0, length, welt, height);
        g.setPaint(Colors.cylinder(look.main(), x0, x0 + length));
        g.fill(upper);
        // heel counter, toe cap and the saddle panel, kept inside the upper
        Shape savedClip = g.getClip();
        g.clip(upper);
        g.setColor(Colors.shade(look.main(), 0.82));
        g.fill(new Ellipse2D.Double(x0 - length * 0.12, welt - height * 0.5, length * 0.3, height * 0.9));
        g.fill(new Ellipse2D.Double(x0 + length * 0.8, welt - height * 0.36, length * 0.3, height * 0.6));
        Path2D.Double saddle = new Path2D.Double();
        saddle.moveTo(x0 + length * 0.38, welt - height * 0.88);
        saddle.lineTo(x0 + length * 0.47, welt - height * 0.78);
        saddle.quadTo(x0 + length * 0.49, welt - height * 0.3, x0 + length * 0.55, welt);
        saddle.lineTo(x0 + length * 0.42, welt);
        saddle.quadTo(x0 + length * 0.36, welt - height * 0.4, x0 + length * 0.38, welt - height * 0.88);
        saddle.closePath();
        g.setColor(look.accent());
        g.fill(saddle);
        g.setClip(savedClip);
        // heel tab
        g.setColor(look.accent());
        g.fill(new RoundRectangle2D.Double(x0 + length * 0.015, welt - height * 1.02, unit * 0.055, height * 0.3,
                unit * 0.03, unit * 0.03));
        laces(g, look, x0, length, welt, height, unit);
        // sole with a midsole line
        g.setColor(SOLE);
        g.fill(new RoundRectangle2D.Double(x0 - unit * 0.01, welt - unit * 0.005, length + unit * 0.02,
                soleHeight + unit * 0.005, soleHeight, soleHeight));
        g.setColor(Colors.shade(SOLE, 0.7));
        g.setStroke(new BasicStroke((float) (unit * 0.008)));
        g.draw(new Line2D.Double(x0 + unit * 0.02, welt + soleHeight * 0.6, x0 + length - unit * 0.01,
                welt + soleHeight * 0.6));
    }

    /** Heel, collar dipping at the ankle, the tongue, the laced vamp sloping down to a rounded toe. */
    private static Shape upper(double x0, double length, double welt, double height) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x0 + length * 0.03, welt);
        path.curveTo(x0 - length * 0.02, welt - height * 0.4, x0, welt - height * 0.8, x0 + length * 0.05,
                welt - height);
        path.quadTo(x0 + length * 0.16, welt - height * 0.78, x0 + length * 0.27, welt - height * 0.8);
        path.quadTo(x0 + length * 0.33, welt - height * 1.1, x0 + length * 0.4, welt - height * 1.06);
        path.lineTo(x0 + length * 0.45, welt - height * 0.82);
        path.curveTo(x0 + length * 0.6, welt - height * 0.68, x0 + length * 0.8, welt - height * 0.5,
                x0 + length * 0.92, welt - height * 0.36);
        path.quadTo(x0 + length * 1.01, welt - height * 0.22, x0 + length * 0.98, welt);
        path.closePath();
        return path;
    }

    private static void laces(Graphics2D g, Look look, double x0, double length, double welt, double height,
            double unit) {
        Color lace = Colors.isLight(look.main()) ? Colors.shade(look.main(), 0.45) : new Color(245, 242, 236);
        for (int i = 0; i < 4; i++) {
            double t = i / 3.0;
            double x = x0 + length * (0.46 + 0.2 * t);
            double y = welt - height * (0.8 - 0.22 * t);
            g.setColor(Colors.shade(look.main(), 0.5));
            g.fill(new Ellipse2D.Double(x - unit * 0.04, y - unit * 0.035, unit * 0.016, unit * 0.016));
            g.setStroke(new BasicStroke((float) (unit * 0.014), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.setColor(lace);
            g.draw(new Line2D.Double(x - unit * 0.032, y - unit * 0.027, x + unit * 0.02, y + unit * 0.012));
        }
    }
}
