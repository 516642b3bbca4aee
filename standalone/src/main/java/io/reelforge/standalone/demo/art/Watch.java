package io.reelforge.standalone.demo.art;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.RoundRectangle2D;

/** A wristwatch lying face up: a strap in the product's colour, a steel or gold case, hands at ten past ten. */
public final class Watch implements ProductDrawing {

    private static final Color STEEL = new Color(196, 200, 206);
    private static final Color GOLD = new Color(214, 180, 110);

    @Override
    public void draw(Graphics2D g, Look look, double cx, double cy, double unit) {
        double radius = unit * (0.2 + 0.05 * look.variant());
        double strapWidth = radius * 1.15;
        double centreY = cy - unit * 0.02;
        Color metal = look.variant() > 0.6 ? GOLD : STEEL;
        // strap: the upper half ends in a keeper, the lower one has holes
        g.setPaint(Colors.cylinder(look.main(), cx - strapWidth / 2, cx + strapWidth / 2));
        g.fill(new RoundRectangle2D.Double(cx - strapWidth / 2, cy - unit * 0.44, strapWidth, unit * 0.44,
                strapWidth * 0.3, strapWidth * 0.3));
        g.fill(new RoundRectangle2D.Double(cx - strapWidth / 2, centreY, strapWidth, unit * 0.37, strapWidth * 0.3,
                strapWidth * 0.3));
        g.setColor(Colors.shade(look.main(), 0.5));
        double strapEnd = centreY + unit * 0.37;
        for (int i = 0; i < 3; i++) {
            double y = strapEnd - unit * (0.07 + 0.04 * i);
            g.fill(new Ellipse2D.Double(cx - unit * 0.008, y, unit * 0.016, unit * 0.016));
        }
        g.setColor(Colors.shade(look.main(), 0.75));
        g.fill(new RoundRectangle2D.Double(cx - strapWidth * 0.56, cy - unit * 0.36, strapWidth * 1.12, unit * 0.03,
                unit * 0.01, unit * 0.01));
        // crown, case and bezel
        g.setPaint(new GradientPaint((float) (cx - radius), (float) (centreY - radius), Colors.shade(metal, 1.3),
                (float) (cx + radius), (float) (centreY + radius), Colors.shade(metal, 0.55)));
        g.fill(new RoundRectangle2D.Double(cx + radius * 0.94, centreY - radius * 0.13, radius * 0.2, radius * 0.26,
                radius * 0.06, radius * 0.06));
        g.fill(new Ellipse2D.Double(cx - radius, centreY - radius, radius * 2, radius * 2));
        double dialRadius = radius * 0.84;
        Color dial = Colors.mix(look.accent(), look.main(), 0.15);
        g.setColor(dial);
        g.fill(new Ellipse2D.Double(cx - dialRadius, centreY - dialRadius, dialRadius * 2, dialRadius * 2));
        Color ink = Colors.isLight(dial) ? new Color(34, 34, 38) : new Color(244, 242, 236);
        markers(g, ink, cx, centreY, dialRadius, unit);
        hands(g, look, ink, cx, centreY, dialRadius, unit);
        // crystal reflection
        g.setColor(new Color(255, 255, 255, 50));
        g.fill(new Ellipse2D.Double(cx - dialRadius * 0.7, centreY - dialRadius * 0.85, dialRadius * 0.9,
                dialRadius * 0.5));
    }

    private static void markers(Graphics2D g, Color ink, double cx, double cy, double r, double unit) {
        g.setColor(ink);
        for (int hour = 0; hour < 12; hour++) {
            double angle = Math.toRadians(hour * 30);
            double inner = r * (hour % 3 == 0 ? 0.74 : 0.82);
            g.setStroke(new BasicStroke((float) (unit * (hour % 3 == 0 ? 0.012 : 0.006))));
            g.draw(new Line2D.Double(cx + Math.sin(angle) * inner, cy - Math.cos(angle) * inner,
                    cx + Math.sin(angle) * r * 0.92, cy - Math.cos(angle) * r * 0.92));
        }
    }

    private static void hands(Graphics2D g, Look look, Color ink, double cx, double cy, double r, double unit) {
        g.setStroke(new BasicStroke((float) (unit * 0.014), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(ink);
        double hour = Math.toRadians(305);
        double minute = Math.toRadians(60);
        g.draw(new Line2D.Double(cx, cy, cx + Math.sin(hour) * r * 0.5, cy - Math.cos(hour) * r * 0.5));
        g.draw(new Line2D.Double(cx, cy, cx + Math.sin(minute) * r * 0.78, cy - Math.cos(minute) * r * 0.78));
        g.setStroke(new BasicStroke((float) (unit * 0.005), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Colors.isLight(look.main()) ? new Color(200, 60, 50) : look.main());
        double second = Math.toRadians(200);
        g.draw(new Line2D.Double(cx, cy, cx + Math.sin(second) * r * 0.85, cy - Math.cos(second) * r * 0.85));
        g.fill(new Ellipse2D.Double(cx - unit * 0.012, cy - unit * 0.012, unit * 0.024, unit * 0.024));
    }
}
