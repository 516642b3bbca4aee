package io.reelforge.media.brand;

import io.reelforge.common.job.BrandKit;
import io.reelforge.common.job.JobWarning;
import io.reelforge.media.image.UnusableImageException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes a job's {@link BrandLook} from the kit in its options. A logo that cannot be used (404, refused address,
 * undecodable, an SVG refused as unsafe) does not fail the job: the video is made without it and the job says so in
 * a {@code logo_unusable} warning, as a video without its music is made and logged. A store's whole catalog should
 * not fail over its logo, and the warning tells it what to fix.
 */
public final class BrandLooks {

    private static final Logger log = LoggerFactory.getLogger(BrandLooks.class);

    private final LogoSource logos;

    public BrandLooks(LogoSource logos) {
        this.logos = logos;
    }

    /** @param warnings told the job's warning when the kit's logo cannot be used */
    public BrandLook lookFor(@Nullable BrandKit kit, Consumer<JobWarning> warnings) throws InterruptedException {
        if (kit == null) {
            return BrandLook.DEFAULT;
        }
        return BrandLook.of(kit, kit.logoUrl() == null ? null : logo(kit.logoUrl(), warnings));
    }

    private @Nullable BufferedImage logo(String url, Consumer<JobWarning> warnings) throws InterruptedException {
        String reason;
        try {
            return logos.fetch(url);
        } catch (UnusableImageException e) {
            reason = e.getMessage();
        } catch (IOException e) {
            reason = "download failed";
            log.info("logo {} could not be downloaded: {}", withoutQuery(url), e.toString());
        }
        log.warn("logo {} unusable, rendering without it: {}", withoutQuery(url), reason);
        warnings.accept(new JobWarning(JobWarning.Code.LOGO_UNUSABLE, "The brand kit's logo " + withoutQuery(url)
                + " could not be used (" + reason + "), so the video has no logo. Give a PNG, JPEG or SVG at"
                + " least " + LogoSource.MIN_SHORT_SIDE + " px on its shorter side, at a public http(s) address."));
        return null;
    }

    /** A client's URL as shown: a signed URL's query is its key. */
    static String withoutQuery(String url) {
        int end = url.indexOf('?');
        return end < 0 ? url : url.substring(0, end) + "?…";
    }
}
