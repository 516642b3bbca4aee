package io.reelforge.media.brand;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.BrandFont;
import io.reelforge.common.job.BrandKit;
import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class BrandLookTest {

    @Test
    void withoutAKitVideosLookAsTheyDidBeforeBrandKits() {
        BrandLook look = BrandLook.of(null, null);

        assertThat(look).isEqualTo(BrandLook.DEFAULT);
        assertThat(look.cardBox()).isEqualTo(new Color(0, 0, 0, 150));
        assertThat(look.badgeBox()).isEqualTo(new Color(229, 57, 53, 235));
        assertThat(look.textOnCard()).isEqualTo(Color.WHITE);
        assertThat(look.textOnBadge()).isEqualTo(Color.WHITE);
        assertThat(look.font()).isNull();
        assertThat(look.logo()).isNull();
    }

    @Test
    void thePrimaryColourBoxesTheCardsAndBadgesWithTextThatReadsOnIt() {
        BrandLook look = BrandLook.of(new BrandKit(null, "#FFD54F", null, null), null);

        assertThat(look.badgeBox()).isEqualTo(new Color(0xFF, 0xD5, 0x4F, BrandLook.BOX_ALPHA));
        assertThat(look.cardBox()).isEqualTo(look.badgeBox());
        assertThat(look.textOnBadge()).isEqualTo(Contrast.NEAR_BLACK);
        assertThat(look.textOnCard()).isEqualTo(Contrast.NEAR_BLACK);
        assertThat(look.highlight()).isEqualTo(BrandLook.DEFAULT.highlight());
    }

    @Test
    void theAccentColourPicksOutTheCaptionHighlightAndTheBrandName() {
        BrandLook look = BrandLook.of(new BrandKit(null, null, "#E63946", null), null);

        assertThat(look.highlight()).isEqualTo(new Color(0xE63946));
        assertThat(look.brandName()).isEqualTo(new Color(0xE63946));
        assertThat(look.badgeBox()).isEqualTo(BrandLook.DEFAULT.badgeBox());
    }

    @Test
    void theKitsFontIsTheLooksAndAFontThisWorkerDoesNotShipLeavesTheDefault() {
        assertThat(BrandLook.of(new BrandKit(null, null, null, "comfortaa"), null).font())
                .isEqualTo(BrandFont.COMFORTAA);
        assertThat(BrandLook.of(new BrandKit(null, null, null, "papyrus"), null).font()).isNull();
    }

    @Test
    void theLogoReadForTheKitIsTheLooks() {
        BufferedImage logo = new BufferedImage(40, 20, BufferedImage.TYPE_INT_ARGB);

        assertThat(BrandLook.of(new BrandKit("https://cdn.example/logo.png", null, null, null), logo).logo())
                .isSameAs(logo);
    }
}
