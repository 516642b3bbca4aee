package io.reelforge.media.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionsTest {

    @Test
    void aLongSentenceIsCutIntoShortChunksAtClauseEnds() {
        List<String> chunks = Captions.chunks("Its bright display is easy to read in sunlight, and the battery lasts"
                + " a full week on a single charge.");

        assertThat(chunks).allSatisfy(chunk -> {
            assertThat(chunk.split(" ")).hasSizeLessThanOrEqualTo(Captions.MAX_WORDS);
            assertThat(chunk.length()).isLessThanOrEqualTo(Captions.MAX_CHARS);
        });
        assertThat(chunks).anySatisfy(chunk -> assertThat(chunk).endsWith("sunlight,"));
        assertThat(String.join(" ", chunks)).isEqualTo("Its bright display is easy to read in sunlight, and the"
                + " battery lasts a full week on a single charge.");
    }

    @Test
    void cuesFillEachScenesSpeechInOrderWithoutOverlap() {
        List<CaptionCue> cues = Captions.cues(List.of("One two three four five six seven eight.", "", "Nine ten."),
                List.of(0.0, 3.0, 4.0), List.of(2.5, 0.0, 1.0));

        assertThat(cues).first().satisfies(cue -> assertThat(cue.start()).isZero());
        assertThat(cues).filteredOn(cue -> cue.start() < 3).last()
                .satisfies(cue -> assertThat(cue.end()).isEqualTo(2.5));
        assertThat(cues).last().satisfies(cue -> {
            assertThat(cue.start()).isEqualTo(4.0);
            assertThat(cue.end()).isEqualTo(5.0);
        });
        for (int i = 1; i < cues.size(); i++) {
            assertThat(cues.get(i).start()).isGreaterThanOrEqualTo(cues.get(i - 1).end());
        }
    }

    @Test
    void webVttAndSubRipDifferOnlyInTheirHeaderAndDecimalMark() {
        List<CaptionCue> cues = List.of(new CaptionCue(0, 1.5, "Hello <b>world</b> & co"),
                new CaptionCue(61.25, 3723.004, "Bye"));

        assertThat(CaptionFiles.webVtt(cues)).isEqualTo("""
                WEBVTT

                1
                00:00:00.000 --> 00:00:01.500
                Hello &lt;b&gt;world&lt;/b&gt; &amp; co

                2
                00:01:01.250 --> 01:02:03.004
                Bye

                """);
        assertThat(CaptionFiles.srt(cues)).isEqualTo("""
                1
                00:00:00,000 --> 00:00:01,500
                Hello <b>world</b> & co

                2
                00:01:01,250 --> 01:02:03,004
                Bye

                """);
    }
}
