package io.reelforge.standalone.demo.art;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RadialGradientPaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import java.awt.geom.RoundRectangle2D;

/** A two-armed desk lamp from the side: a weighted base, jointed arms, a conical shade casting warm light. */
public final class DeskLamp implements ProductDrawing {

    private static final Color WARM = new Color(255, 236, 186);

    @Override
    public void draw(Graphics2D g, Look look, double cx, double cy, double unit) {
        double ground = cy + unit * 0.35;
        double baseX = cx - unit * 0.2;
        double baseTop = ground - unit * 0.07;
        Point2D elbow = new Point2D.Double(baseX + unit * 0.08, baseTop - unit * (0.36 + 0.06 * look.variant()));
        Point2D head = new Point2D.Double(elbow.getX() + unit * 0.34,
                elbow.getY() + unit * (0.02 - 0.06 * look.variant()));
        // arms and joints
        g.setStroke(new BasicStroke((float) (unit * 0.03), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(Colors.shade(look.main(), 0.7));
        g.draw(new Line2D.Double(baseX, baseTop, elbow.getX(), elbow.getY()));
        g.draw(new Line2D.Double(elbow.getX(), elbow.getY(), head.getX(), head.getY()));
        g.setColor(look.accent());
        for (Point2D joint : new Point2D[] {new Point2D.Double(baseX, baseTop), elbow, head}) {
            g.fill(new Ellipse2D.Double(joint.getX() - unit * 0.028, joint.getY() - unit * 0.028, unit * 0.056,
                    unit * 0.056));
        }
        // base
        g.setPaint(Colors.cylinder(look.main(), baseX - unit * 0.17, baseX + unit * 0.17));
        g.fill(new RoundRectangle2D.Double(baseX - unit * 0.17, baseTop, unit * 0.34, unit * 0.07, unit * 0.05,
                unit * 0.05));
        shade(g, look, head, unit);
    }

    private static void shade(Graphics2D g, Look look, Point2D head, double unit) {
        AffineTransform saved = g.getTransform();
        g.translate(head.getX(), head.getY());
        g.rotate(Math.toRadians(-28 - 10 * look.variant()));
        double length = unit * 0.24;
        // the light it casts, under the shade
        g.setPaint(new RadialGradientPaint(new Point2D.Double(0, length * 1.4), (float) (unit * 0.32),
                new float[] {0f, 1f}, new Color[] {Colors.withAlpha(WARM, 150), Colors.withAlpha(WARM, 0)}));
        g.fill(new Ellipse2D.Double(-unit * 0.32, length * 1.4 - unit * 0.32, unit * 0.64, unit * 0.64));
        Path2D.Double cone = new Path2D.Double();
        cone.moveTo(-unit * 0.045, 0);
        cone.lineTo(unit * 0.045, 0);
        cone.lineTo(unit * 0.15, length);
        cone.lineTo(-unit * 0.15, length);
        cone.closePath();
        g.setPaint(Colors.cylinder(look.main(), -unit * 0.15, unit * 0.15));
        g.fill(cone);
        g.setColor(WARM);
        g.fill(new Ellipse2D.Double(-unit * 0.15, length - unit * 0.03, unit * 0.3, unit * 0.06));
        g.setColor(Colors.shade(look.main(), 0.6));
        g.fill(new RoundRectangle2D.Double(-unit * 0.04, -unit * 0.05, unit * 0.08, unit * 0.06, unit * 0.02,
                unit * 0.02));
        g.setTransform(saved);
    }
}
