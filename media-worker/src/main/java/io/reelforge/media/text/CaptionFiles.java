package io.reelforge.media.text;

import java.util.List;
import java.util.Locale;

/** Writes caption cues as WebVTT (for browsers' {@code <track>}) and SubRip (for editors and platforms). */
public final class CaptionFiles {

    private CaptionFiles() {
    }

    public static String webVtt(List<CaptionCue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < cues.size(); i++) {
            CaptionCue cue = cues.get(i);
            out.append(i + 1).append('\n')
                    .append(timestamp(cue.start(), '.')).append(" --> ").append(timestamp(cue.end(), '.')).append('\n')
                    .append(escapeVtt(cue.text())).append("\n\n");
        }
        return out.toString();
    }

    public static String srt(List<CaptionCue> cues) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < cues.size(); i++) {
            CaptionCue cue = cues.get(i);
            out.append(i + 1).append('\n')
                    .append(timestamp(cue.start(), ',')).append(" --> ").append(timestamp(cue.end(), ',')).append('\n')
                    .append(cue.text().replace("\n", " ")).append("\n\n");
        }
        return out.toString();
    }

    /** {@code hh:mm:ss.mmm} (or with a comma before the milliseconds, as SubRip writes it). */
    static String timestamp(double seconds, char separator) {
        long millis = Math.round(seconds * 1000);
        return String.format(Locale.ROOT, "%02d:%02d:%02d%c%03d", millis / 3_600_000, millis / 60_000 % 60,
                millis / 1000 % 60, separator, millis % 1000);
    }

    /** A cue's text is plain text: the characters WebVTT reads as markup are escaped. */
    private static String escapeVtt(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\n", " ");
    }
}
