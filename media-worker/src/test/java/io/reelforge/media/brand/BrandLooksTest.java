package io.reelforge.media.brand;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.BrandKit;
import io.reelforge.common.job.JobWarning;
import io.reelforge.media.testing.StaticHttpServer;
import io.reelforge.media.testing.TestImages;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BrandLooksTest {

    private final StaticHttpServer server = new StaticHttpServer();
    private final BrandLooks looks = new BrandLooks(Logos.source());
    private final List<JobWarning> warnings = new ArrayList<>();

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aJobWithoutAKitHasTheDefaultLookAndNoWarning() throws Exception {
        assertThat(looks.lookFor(null, warnings::add)).isEqualTo(BrandLook.DEFAULT);
        assertThat(warnings).isEmpty();
    }

    @Test
    void theKitsLogoIsFetchedIntoTheLook() throws Exception {
        String url = server.serve("/logo.png", "image/png", TestImages.encode(Logos.twoTone(100), "png"));

        BrandLook look = looks.lookFor(new BrandKit(url, "#1D3557", null, null), warnings::add);

        assertThat(look.logo()).isNotNull();
        assertThat(look.logo().getWidth()).isEqualTo(100);
        assertThat(warnings).isEmpty();
    }

    @Test
    void aLogoThatCannotBeUsedLeavesTheRestOfTheKitAndWarnsTheJob() throws Exception {
        String url = server.fail("/logo.png", 404) + "?token=secret";

        BrandLook look = looks.lookFor(new BrandKit(url, "#1D3557", null, null), warnings::add);

        assertThat(look.logo()).isNull();
        assertThat(look.badgeBox().getRGB() & 0xFFFFFF).isEqualTo(0x1D3557);
        assertThat(warnings).singleElement().satisfies(warning -> {
            assertThat(warning.code()).isEqualTo(JobWarning.Code.LOGO_UNUSABLE);
            assertThat(warning.message()).contains("/logo.png", "HTTP 404").doesNotContain("secret");
        });
    }
}
