package io.reelforge.media.render;

import io.reelforge.common.job.CaptionStyle;
import io.reelforge.media.brand.BrandLook;
import io.reelforge.media.speech.NarrationTrack;
import io.reelforge.media.speech.PcmAudio;
import java.awt.image.BufferedImage;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Everything a video is made of, decided before rendering starts.
 *
 * @param pictures each scene's product picture (the same picture may serve several scenes)
 * @param sceneTexts each scene's narration, for the captions
 * @param priceScene the scene that shows the price badge, or -1 for none
 * @param captions whether captions are burned into the picture (the caption files are written either way)
 * @param captionStyle how burned captions look: the spoken word highlighted, or plain
 * @param music background music at the narration's sample rate, or null for none
 * @param look the font, colours and logo of the job's brand kit ({@link BrandLook#DEFAULT} without one)
 */
public record RenderPlan(VideoFormat format, List<BufferedImage> pictures, List<String> sceneTexts, int priceScene,
        NarrationTrack narration, VideoTexts texts, boolean captions, CaptionStyle captionStyle,
        @Nullable PcmAudio music, BrandLook look) {

    /** A plan in the default look. */
    public RenderPlan(VideoFormat format, List<BufferedImage> pictures, List<String> sceneTexts, int priceScene,
            NarrationTrack narration, VideoTexts texts, boolean captions, CaptionStyle captionStyle,
            @Nullable PcmAudio music) {
        this(format, pictures, sceneTexts, priceScene, narration, texts, captions, captionStyle, music,
                BrandLook.DEFAULT);
    }

    public RenderPlan {
        pictures = List.copyOf(pictures);
        sceneTexts = List.copyOf(sceneTexts);
        if (pictures.isEmpty() || pictures.size() != sceneTexts.size()
                || pictures.size() != narration.sceneLengths().size()) {
            throw new IllegalArgumentException("a plan needs one picture, one text and one narration part per scene");
        }
    }
}
