package io.reelforge.media.render;

import io.reelforge.media.brand.BrandLook;
import io.reelforge.media.brand.FontPainters;
import io.reelforge.media.brand.LogoPictures;
import io.reelforge.media.compose.Timeline;
import io.reelforge.media.speech.WordTiming;
import io.reelforge.media.text.CaptionCue;
import io.reelforge.media.text.PaintedWords;
import io.reelforge.media.text.TextPainter;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Where the text and the logo go, and in which colours ({@link BrandLook}). Sizes follow the frame's shorter side;
 * in vertical video everything stays inside the area platforms leave free (their buttons and captions cover roughly
 * the top tenth, the bottom fifth and a strip on the right), so captions sit at three quarters of the height and no
 * wider than three quarters of the width, and the logo's corner mark sits just under the top tenth, on the left.
 */
final class OverlayLayout {

    private static final Color WHITE = Color.WHITE;
    private static final Color SHADE = BrandLook.SHADE;
    /** The spoken word's colour in highlighted captions when no brand kit gives one: bright on the dark caption box. */
    static final Color CAPTION_HIGHLIGHT = BrandLook.HIGHLIGHT_YELLOW;
    private static final double CARD_FADE = 0.3;
    private static final double TITLE_SECONDS = 3.0;
    private static final double END_CARD_SECONDS = 3.0;
    /** The corner mark is a watermark: the picture shows through it. */
    private static final float MARK_OPACITY = 0.8f;

    private final TextPainter painter;
    private final VideoFormat format;
    private final BrandLook look;
    private final int w;
    private final int h;
    private final float unit;

    OverlayLayout(TextPainter painter, VideoFormat format) {
        this(painter, format, BrandLook.DEFAULT);
    }

    /** @param painter draws the texts unless the look names a font of its own */
    OverlayLayout(TextPainter painter, VideoFormat format, BrandLook look) {
        this.painter = look.font() == null ? painter : FontPainters.of(look.font());
        this.format = format;
        this.look = look;
        this.w = format.width();
        this.h = format.height();
        this.unit = Math.min(w, h);
    }

    /** The colour that picks out the spoken word of a caption: the brand's accent, else the default highlight. */
    Color captionHighlight() {
        return look.highlight();
    }

    /**
     * The opening card: the product's name, its brand above it, and the logo above both when the kit has one (the
     * name then moves down as far as the logo needs).
     */
    List<PlacedPicture> titleCard(VideoTexts texts, Timeline timeline) {
        double end = Math.min(TITLE_SECONDS, titleEnd(timeline));
        List<PlacedPicture> card = new ArrayList<>();
        double next = h * (format.isVertical() ? 0.105 : 0.06);
        if (look.logo() != null) {
            BufferedImage logo = cardLogo();
            card.add(centred(logo, next, 0.1, end, CARD_FADE));
            next += logo.getHeight() + unit * 0.02;
        }
        if (texts.title().isBlank()) {
            return card;
        }
        BufferedImage brand = texts.brand() == null || texts.brand().isBlank() ? null
                : painter.paint(texts.brand().toUpperCase(java.util.Locale.ROOT), unit * 0.045f, textWidth(), 1,
                        look.brandName(), null);
        double titleY = h * (format.isVertical() ? 0.17 : 0.10);
        if (look.logo() != null) {
            titleY = Math.max(titleY, next + (brand == null ? 0 : brand.getHeight()));
        }
        BufferedImage title = painter.paint(texts.title(), unit * 0.07f, textWidth(), 3, look.textOnCard(),
                look.cardBox());
        if (brand != null) {
            card.add(centred(brand, titleY - brand.getHeight(), 0.1, end, CARD_FADE));
        }
        card.add(centred(title, titleY, 0.1, end, CARD_FADE));
        return card;
    }

    private static double titleEnd(Timeline timeline) {
        return timeline.sceneDuration(0) + timeline.crossfadeAfter(0) / 2;
    }

    /** When the corner mark comes: as the opening card goes. */
    double cornerMarkFrom(Timeline timeline) {
        return Math.min(TITLE_SECONDS, titleEnd(timeline));
    }

    /**
     * The logo as a small translucent mark in the top-left corner, between the opening card and the end card (which
     * show it large); none without a logo.
     */
    List<PlacedPicture> cornerMark(Timeline timeline) {
        if (look.logo() == null) {
            return List.of();
        }
        BufferedImage mark = LogoPictures.fit(look.logo(), Math.round(unit * 0.22f), Math.round(unit * 0.07f),
                MARK_OPACITY);
        double start = cornerMarkFrom(timeline);
        double end = endCardStart(timeline);
        if (end - start < 2 * CARD_FADE) {
            return List.of(); // a video of little more than its two cards: they show the logo already
        }
        int left = Math.round(unit * 0.045f);
        int top = (int) Math.round(format.isVertical() ? h * 0.105 : unit * 0.045);
        return List.of(new PlacedPicture(mark, left, top, start, end, CARD_FADE));
    }

    private BufferedImage cardLogo() {
        return LogoPictures.fit(look.logo(), Math.round(unit * 0.45f), Math.round(unit * 0.14f), 1f);
    }

    /** The price badge, over the scene that talks about the price. */
    PlacedPicture priceBadge(String price, Timeline timeline, int scene) {
        BufferedImage badge = painter.paint(price, unit * 0.08f, textWidth(), 1, look.textOnBadge(), look.badgeBox());
        int right = (int) (w * (format.isVertical() ? 0.86 : 0.92));
        int top = (int) (h * (format.isVertical() ? 0.34 : 0.22));
        double end = Math.min(timeline.sceneStart(scene) + timeline.sceneDuration(scene), endCardStart(timeline));
        return new PlacedPicture(badge, right - badge.getWidth(), top, timeline.sceneStart(scene) + 0.15, end,
                CARD_FADE); // gone before the end card comes, so the two never overlap
    }

    private static double endCardStart(Timeline timeline) {
        int last = timeline.sceneCount() - 1;
        return Math.max(timeline.sceneStart(last), timeline.totalSeconds() - END_CARD_SECONDS);
    }

    /**
     * The end card: the call to action on the badge colour, the product's name above it, and the logo under it when
     * the kit has one.
     */
    List<PlacedPicture> endCard(VideoTexts texts, Timeline timeline) {
        double start = endCardStart(timeline);
        double end = timeline.totalSeconds() + 1; // no fade-out: the video ends on it
        BufferedImage action = painter.paint(texts.callToAction(), unit * 0.085f, textWidth(), 2, look.textOnBadge(),
                look.badgeBox());
        double centreY = h * (format.isVertical() ? 0.45 : 0.42);
        List<PlacedPicture> card = new ArrayList<>();
        card.add(centred(action, centreY, start, end, CARD_FADE));
        if (look.logo() != null) {
            card.add(centred(cardLogo(), centreY + action.getHeight() + unit * 0.04, start, end, CARD_FADE));
        }
        if (!texts.title().isBlank()) {
            BufferedImage title = painter.paint(texts.title(), unit * 0.055f, textWidth(), 2, look.textOnCard(),
                    look.cardBox());
            card.addFirst(centred(title, centreY - title.getHeight() - unit * 0.03, start, end, CARD_FADE));
        }
        return card;
    }

    /** One caption cue, centred, its bottom at the caption line. */
    PlacedPicture caption(CaptionCue cue) {
        BufferedImage text = painter.paint(cue.text(), captionSize(), textWidth(), 2, WHITE, SHADE);
        return centred(text, captionBottom() - text.getHeight(), cue.start(), cue.end(), 0);
    }

    /**
     * One caption cue in the highlight style: drawn as {@link #caption} draws it, once plain and once with every word
     * in {@code highlight}, at its place moved onto even pixels (see {@link HighlightedCaption}).
     */
    HighlightedCaption highlightedCaption(CaptionCue cue, Color highlight) {
        List<String> words = cue.words().stream().map(WordTiming::word).toList();
        BitSet all = new BitSet();
        all.set(0, words.size());
        PaintedWords plain = painter.paintWords(words, new BitSet(), highlight, captionSize(), textWidth(), 2, WHITE,
                SHADE);
        PaintedWords picked = painter.paintWords(words, all, highlight, captionSize(), textWidth(), 2, WHITE, SHADE);
        int width = plain.image().getWidth();
        int top = (int) Math.round(captionBottom() - plain.image().getHeight());
        return new HighlightedCaption(cue, plain, picked, (w - width) / 2 & ~1, top & ~1);
    }

    private float captionSize() {
        return unit * 0.058f;
    }

    private double captionBottom() {
        return h * (format.isVertical() ? 0.76 : h > w ? 0.84 : h == w ? 0.88 : 0.92);
    }

    private int textWidth() {
        return (int) (w * (format.isVertical() ? 0.76 : 0.84));
    }

    private PlacedPicture centred(BufferedImage image, double top, double start, double end, double fade) {
        return new PlacedPicture(image, (w - image.getWidth()) / 2, (int) Math.round(top), start, end, fade);
    }
}
