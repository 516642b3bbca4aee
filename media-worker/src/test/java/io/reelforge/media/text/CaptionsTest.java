package io.reelforge.media.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.media.speech.ScriptWords;
import io.reelforge.media.speech.WordTiming;
import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionsTest {

    @Test
    void aLongSentenceIsCutIntoShortChunksAtClauseEnds() {
        List<String> chunks = Captions.chunks(ScriptWords.of("Its bright display is easy to read in sunlight, and the"
                + " battery lasts a full week on a single charge.")).stream().map(chunk -> String.join(" ", chunk))
                .toList();

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
    void eachCuesWordsFollowEachOtherFromItsStartToItsEnd() {
        List<CaptionCue> cues = Captions.cues(List.of("Meet Aurora, the watch that keeps up with your day."),
                List.of(1.0), List.of(3.0));

        assertThat(cues).hasSizeGreaterThan(1).allSatisfy(cue -> {
            assertThat(cue.words()).extracting(WordTiming::word).containsExactly(cue.text().split(" "));
            assertThat(cue.words().getFirst().start()).isEqualTo(cue.start());
            assertThat(cue.words().getLast().end()).isEqualTo(cue.end());
        });
        assertThat(cues.getLast().end()).isEqualTo(4.0);
    }

    @Test
    void theNarratorsWordTimingsPlaceEachWordAndCaption() {
        List<WordTiming> spoken = List.of(new WordTiming("Meet", 0.05, 0.3), new WordTiming("Aurora,", 0.3, 0.9),
                new WordTiming("the", 1.3, 1.4), new WordTiming("watch.", 1.4, 1.9));

        List<CaptionCue> cues = Captions.cues(List.of("Meet Aurora, the watch."), List.of(2.0), List.of(2.3),
                List.of(spoken));

        // the scene's first word from the start of its speech; each word until the next starts, through the pause
        assertThat(cues).containsExactly(
                new CaptionCue(2.0, 3.3, "Meet Aurora,",
                        List.of(new WordTiming("Meet", 2.0, 2.3), new WordTiming("Aurora,", 2.3, 3.3))),
                new CaptionCue(3.3, 4.3, "the watch.",
                        List.of(new WordTiming("the", 3.3, 3.4), new WordTiming("watch.", 3.4, 4.3))));
    }

    @Test
    void wordsReportedWithNoTimeBetweenThemStillGetAMillisecondEach() {
        List<WordTiming> spoken = List.of(new WordTiming("a", 0, 0.5), new WordTiming("&", 0.5, 0.5),
                new WordTiming("b", 0.5, 1.0));

        List<WordTiming> words = Captions.cues(List.of("a & b"), List.of(0.0), List.of(1.0), List.of(spoken))
                .getFirst().words();

        assertThat(words).containsExactly(new WordTiming("a", 0, 0.5), new WordTiming("&", 0.5, 0.501),
                new WordTiming("b", 0.501, 1.0));
    }

    @Test
    void timingsThatDoNotMatchTheWordsAreReplacedBySyllables() {
        List<WordTiming> stale = List.of(new WordTiming("Hello", 0, 0.5));

        List<CaptionCue> cues = Captions.cues(List.of("Hello world"), List.of(0.0), List.of(1.0), List.of(stale));

        assertThat(cues.getFirst().words()).containsExactly(new WordTiming("Hello", 0, 0.667),
                new WordTiming("world", 0.667, 1.0));
    }

    @Test
    void webVttCarriesEachWordsTimeInsideItsCueAndSubRipOnlyTheCue() {
        List<CaptionCue> cues = List.of(new CaptionCue(1.0, 2.5, "Meet <Aurora>",
                List.of(new WordTiming("Meet", 1.0, 1.42), new WordTiming("<Aurora>", 1.42, 2.5))));

        assertThat(CaptionFiles.webVtt(cues)).isEqualTo("""
                WEBVTT

                1
                00:00:01.000 --> 00:00:02.500
                Meet <00:00:01.420>&lt;Aurora&gt;

                """);
        assertThat(CaptionFiles.srt(cues)).isEqualTo("""
                1
                00:00:01,000 --> 00:00:02,500
                Meet <Aurora>

                """);
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
