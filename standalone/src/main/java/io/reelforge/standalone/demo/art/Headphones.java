package io.reelforge.standalone.demo.art;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;

/** Over-ear headphones from the front: a padded headband and two ear cups with an accent ring (the demo's product). */
public final class Headphones implements ProductDrawing {

    @Override
    public void draw(Graphics2D g, Look look, double cx, double cy, double unit) {
        double bandRadius = unit * 0.36;
        double bandWidth = unit * 0.07;
        // headband: a thick arc with a lighter inner cushion
        g.setStroke(new BasicStroke((float) bandWidth, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setPaint(new GradientPaint((float) (cx - bandRadius), (float) (cy - bandRadius), look.main().brighter(),
                (float) (cx + bandRadius), (float) cy, look.main().darker()));
        g.draw(new Arc2D.Double(cx - bandRadius, cy - bandRadius * 1.15, bandRadius * 2, bandRadius * 2.1, 8, 164,
                Arc2D.OPEN));
        g.setStroke(new BasicStroke((float) (bandWidth * 0.45), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(look.accent());
        g.draw(new Arc2D.Double(cx - bandRadius * 0.9, cy - bandRadius * 1.02, bandRadius * 1.8, bandRadius * 1.8, 25,
                130, Arc2D.OPEN));
        for (int side = -1; side <= 1; side += 2) {
            earCup(g, look, cx + side * bandRadius * 0.98, cy + unit * 0.12, unit, side);
        }
    }

    private static void earCup(Graphics2D g, Look look, double x, double y, double unit, int side) {
        double w = unit * 0.2;
        double h = unit * 0.32;
        // yoke connecting the cup to the band
        g.setStroke(new BasicStroke((float) (unit * 0.025), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(look.main().darker());
        g.draw(new Arc2D.Double(x - w * 0.7, y - h * 0.75, w * 1.4, h * 1.1, 20, 140, Arc2D.OPEN));
        // cushion
        g.setPaint(new GradientPaint((float) x, (float) (y - h / 2), new Color(60, 60, 66), (float) x,
                (float) (y + h / 2), new Color(22, 22, 26)));
        g.fill(new RoundRectangle2D.Double(x - w / 2 - side * w * 0.12, y - h / 2, w, h, w * 0.9, w * 0.9));
        // shell with a highlight
        double sx = x + side * w * 0.12;
        g.setPaint(new GradientPaint((float) (sx - w / 2), (float) (y - h / 2), look.main().brighter(),
                (float) (sx + w / 2), (float) (y + h / 2), look.main().darker()));
        g.fill(new RoundRectangle2D.Double(sx - w / 2, y - h / 2, w, h, w * 0.95, w * 0.95));
        g.setColor(new Color(255, 255, 255, 70));
        g.fill(new RoundRectangle2D.Double(sx - w * 0.32, y - h * 0.42, w * 0.18, h * 0.5, w * 0.2, w * 0.2));
        // accent ring and logo dot
        g.setStroke(new BasicStroke((float) (unit * 0.008)));
        g.setColor(look.accent());
        g.draw(new Ellipse2D.Double(sx - w * 0.28, y - w * 0.28, w * 0.56, w * 0.56));
        g.fill(new Ellipse2D.Double(sx - w * 0.06, y - w * 0.06, w * 0.12, w * 0.12));
    }
}
