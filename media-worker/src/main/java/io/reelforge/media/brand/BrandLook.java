package io.reelforge.media.brand;

import io.reelforge.common.job.BrandFont;
import io.reelforge.common.job.BrandKit;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How one video looks: the font of its texts, the boxes of its cards (the opening card's name, the end card) and
 * badges (the price, the call to action) with the text colour that reads on each, the colour of the brand name above
 * the title and of the caption highlight, and the logo. {@link #DEFAULT} is the look every video had before brand
 * kits; a kit changes only what it sets.
 *
 * @param font the texts' font, or null for the renderer's own (the default font)
 * @param cardBox the box behind the product's name on the opening and end cards
 * @param textOnCard the text on {@code cardBox}
 * @param badgeBox the price badge's and the call to action's box
 * @param textOnBadge the text on {@code badgeBox}
 * @param brandName the brand's name above the title on the opening card (drawn with an outline, no box)
 * @param highlight the caption highlight: the word being spoken
 * @param logo the logo (with its transparency), or null for none
 */
public record BrandLook(
        @Nullable BrandFont font,
        Color cardBox,
        Color textOnCard,
        Color badgeBox,
        Color textOnBadge,
        Color brandName,
        Color highlight,
        @Nullable BufferedImage logo) {

    /** Translucent black: the picture shows through the card a little. */
    public static final Color SHADE = new Color(0, 0, 0, 150);
    /** Today's red of the price badge and the call to action. */
    public static final Color BADGE_RED = new Color(229, 57, 53, 235);
    /** A bright yellow: reads on the dark caption box (the captions' own default). */
    public static final Color HIGHLIGHT_YELLOW = new Color(255, 214, 0);
    /** How opaque a brand's colour is drawn as a box: as opaque as today's red badge. */
    static final int BOX_ALPHA = 235;

    public static final BrandLook DEFAULT = new BrandLook(null, SHADE, Color.WHITE, BADGE_RED, Color.WHITE, Color.WHITE,
            HIGHLIGHT_YELLOW, null);

    /**
     * The look of a job's kit: its primary colour boxes the cards and badges (with white or near-black text, whichever
     * reads), its accent colour picks out the brand name and the caption highlight, its font draws every text. A font
     * or colour this worker does not know (a message from a newer gateway) leaves the default.
     *
     * @param logo the kit's logo as read, or null when it has none or it could not be used
     */
    public static BrandLook of(@Nullable BrandKit kit, @Nullable BufferedImage logo) {
        if (kit == null) {
            return DEFAULT.withLogo(logo);
        }
        BrandFont font = kit.font() == null ? null : BrandFont.find(kit.font()).orElse(null);
        Optional<Color> primary = colour(kit.primaryColor());
        Color box = primary.map(c -> new Color(c.getRed(), c.getGreen(), c.getBlue(), BOX_ALPHA)).orElse(null);
        Color text = primary.map(Contrast::readableOn).orElse(null);
        Optional<Color> accent = colour(kit.accentColor());
        return new BrandLook(font, box != null ? box : DEFAULT.cardBox, text != null ? text : DEFAULT.textOnCard,
                box != null ? box : DEFAULT.badgeBox, text != null ? text : DEFAULT.textOnBadge,
                accent.orElse(DEFAULT.brandName), accent.orElse(DEFAULT.highlight), logo);
    }

    public BrandLook withLogo(@Nullable BufferedImage value) {
        return new BrandLook(font, cardBox, textOnCard, badgeBox, textOnBadge, brandName, highlight, value);
    }

    /** {@code #RRGGBB} as a colour; empty for anything else. */
    static Optional<Color> colour(@Nullable String hex) {
        if (hex == null || !hex.matches("#[0-9A-Fa-f]{6}")) {
            return Optional.empty();
        }
        return Optional.of(new Color(Integer.parseInt(hex.substring(1).toUpperCase(Locale.ROOT), 16)));
    }
}
