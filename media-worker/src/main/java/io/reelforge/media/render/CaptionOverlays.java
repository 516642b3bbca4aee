package io.reelforge.media.render;

import io.reelforge.common.job.CaptionStyle;
import io.reelforge.media.compose.Overlay;
import io.reelforge.media.text.CaptionCue;
import java.awt.Color;
import java.util.List;
import java.util.stream.Stream;

/**
 * The burned captions as overlays, in the job's style: {@code plain}, one picture per cue; {@code highlight}, the
 * cue with the word being spoken picked out in the highlight colour ({@link HighlightedCaption}). Each cue is drawn
 * and converted on its own, in parallel, before the first frame.
 */
final class CaptionOverlays {

    private CaptionOverlays() {
    }

    /** @param highlight the colour of the word being spoken (a brand's accent colour, or the default yellow) */
    static List<Overlay> of(OverlayLayout layout, List<CaptionCue> cues, CaptionStyle style, Color highlight,
            int frameW, int frameH) {
        return cues.parallelStream().flatMap(cue -> switch (style) {
            // a cue without word times (none are made so today) can only be shown whole
            case HIGHLIGHT -> cue.words().isEmpty() ? Stream.of(layout.caption(cue).toOverlay(frameW, frameH))
                    : layout.highlightedCaption(cue, highlight).overlays(frameW, frameH).stream();
            case PLAIN -> Stream.of(layout.caption(cue).toOverlay(frameW, frameH));
        }).toList();
    }
}
