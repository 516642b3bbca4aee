package io.reelforge.media.render;

import io.reelforge.common.job.CaptionStyle;
import io.reelforge.media.compose.Overlay;
import io.reelforge.media.text.CaptionCue;
import java.awt.Color;
import java.util.List;

/**
 * The burned captions as overlays, in the job's style: {@code plain}, one picture per cue; {@code highlight}, the
 * cue with the word being spoken picked out in the highlight colour ({@link HighlightedCaption}). Each cue is drawn
 * and converted on its own: the renderer makes each when the video first needs it.
 */
final class CaptionOverlays {

    private CaptionOverlays() {
    }

    /**
     * The overlays of one cue, none showing before the cue starts.
     *
     * @param highlight the colour of the word being spoken (a brand's accent colour, or the default yellow)
     */
    static List<Overlay> of(OverlayLayout layout, CaptionCue cue, CaptionStyle style, Color highlight, int frameW,
            int frameH) {
        return switch (style) {
            // a cue without word times (none are made so today) can only be shown whole
            case HIGHLIGHT -> cue.words().isEmpty() ? List.of(layout.caption(cue).toOverlay(frameW, frameH))
                    : layout.highlightedCaption(cue, highlight).overlays(frameW, frameH);
            case PLAIN -> List.of(layout.caption(cue).toOverlay(frameW, frameH));
        };
    }
}
