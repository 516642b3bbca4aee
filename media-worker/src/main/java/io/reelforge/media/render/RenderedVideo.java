package io.reelforge.media.render;

import io.reelforge.media.text.CaptionCue;
import java.nio.file.Path;
import java.util.List;

/**
 * The files of one render, in its work directory.
 *
 * @param codec the H.264 encoder that wrote the video (after any fallback)
 * @param prepareSeconds time spent before the encoder starts: laying out the preparation, writing the caption files
 *     and, in a JVM's first render, waiting for the composers' warm-up
 * @param encodeSeconds time spent composing and encoding the frames, with the plates, text pictures, sound track and
 *     thumbnail made meanwhile (all three overlap)
 */
public record RenderedVideo(Path video, Path thumbnail, Path captionsVtt, Path captionsSrt, String codec, int frames,
        double seconds, List<CaptionCue> cues, double prepareSeconds, double encodeSeconds) {

    public static final String VIDEO = "video.mp4";
    public static final String THUMBNAIL = "thumbnail.jpg";
    public static final String CAPTIONS_VTT = "captions.vtt";
    public static final String CAPTIONS_SRT = "captions.srt";

    public RenderedVideo {
        cues = List.copyOf(cues);
    }
}
