package io.reelforge.media.text;

import io.reelforge.media.speech.WordTiming;
import java.util.List;
import java.util.Locale;

/**
 * Writes caption cues as WebVTT (for browsers' {@code <track>}) and SubRip (for editors and platforms). WebVTT
 * carries each word's time too, as the timestamps its cue text may hold ({@code Meet <00:00:00.420>the}: the words
 * from there on are spoken from then; players that show them style the words spoken so far as past, which is
 * karaoke-style captions). SubRip has no such thing and keeps whole cues.
 */
public final class CaptionFiles {

    private CaptionFiles() {
    }

    public static String webVtt(List<CaptionCue> cues) {
        StringBuilder out = new StringBuilder("WEBVTT\n\n");
        for (int i = 0; i < cues.size(); i++) {
            CaptionCue cue = cues.get(i);
            out.append(i + 1).append('\n')
                    .append(timestamp(cue.start(), '.')).append(" --> ").append(timestamp(cue.end(), '.')).append('\n')
                    .append(vttText(cue)).append("\n\n");
        }
        return out.toString();
    }

    /** The first word needs no timestamp: it is spoken from the cue's start. */
    private static String vttText(CaptionCue cue) {
        if (cue.words().isEmpty()) {
            return escapeVtt(cue.text());
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < cue.words().size(); i++) {
            WordTiming word = cue.words().get(i);
            if (i > 0) {
                text.append(" <").append(timestamp(word.start(), '.')).append('>');
            }
            text.append(escapeVtt(word.word()));
        }
        return text.toString();
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
