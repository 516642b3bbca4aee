package io.reelforge.media.speech;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * The whole narration of a video as one mono track: each scene's speech followed by a short breath of silence.
 * The scenes' lengths in samples are what the video's timeline is cut from, so picture and voice cannot drift.
 *
 * @param sceneLengths samples each scene spans in {@code audio}, breath included
 * @param speechLengths samples of each scene that are speech (its start; the rest is the breath)
 * @param sceneWords each scene's word timings within its speech, as its narrator reported them (none for a scene
 *     whose narrator gives only audio, or that has no narrator)
 */
public record NarrationTrack(PcmAudio audio, List<Integer> sceneLengths, List<Integer> speechLengths,
        List<List<WordTiming>> sceneWords) {

    /** A scene with nothing to say still stays on screen this long. */
    static final Duration SILENT_SCENE = Duration.ofSeconds(1);

    public NarrationTrack {
        sceneLengths = List.copyOf(sceneLengths);
        speechLengths = List.copyOf(speechLengths);
        sceneWords = sceneWords.stream().map(List::copyOf).toList();
        if (speechLengths.size() != sceneLengths.size() || sceneWords.size() != sceneLengths.size()) {
            throw new IllegalArgumentException("speech lengths, word timings and scene lengths differ in number");
        }
    }

    /** A track whose scenes come with no word timings. */
    public NarrationTrack(PcmAudio audio, List<Integer> sceneLengths, List<Integer> speechLengths) {
        this(audio, sceneLengths, speechLengths, sceneLengths.stream().map(s -> List.<WordTiming>of()).toList());
    }

    /** A recorded narration split into scenes of the given lengths, all of it speech. */
    public static NarrationTrack ofScenes(PcmAudio audio, List<Integer> sceneLengths) {
        return new NarrationTrack(audio, sceneLengths, sceneLengths);
    }

    /**
     * Speaks each text with {@code narrator}, resampled to {@code sampleRate}.
     *
     * @param progress told the fraction of texts done after each one (it may throw to stop the work)
     */
    public static NarrationTrack speak(Narrator narrator, List<String> texts, Duration breath, int sampleRate,
            DoubleConsumer progress) {
        short[][] parts = new short[texts.size()][];
        List<List<WordTiming>> words = new ArrayList<>();
        int breathSamples = PcmAudio.sampleCount(breath, sampleRate);
        int total = 0;
        for (int i = 0; i < texts.size(); i++) {
            String text = texts.get(i).strip();
            Speech speech = text.isEmpty() ? Speech.untimed(PcmAudio.silence(SILENT_SCENE, sampleRate))
                    : narrator.synthesize(text).resampledTo(sampleRate);
            parts[i] = speech.audio().samples();
            words.add(speech.words());
            total += parts[i].length + breathSamples;
            progress.accept((i + 1) / (double) texts.size());
        }
        short[] track = new short[total];
        Integer[] lengths = new Integer[texts.size()];
        Integer[] speech = new Integer[texts.size()];
        int at = 0;
        for (int i = 0; i < parts.length; i++) {
            System.arraycopy(parts[i], 0, track, at, parts[i].length);
            lengths[i] = parts[i].length + breathSamples;
            speech[i] = texts.get(i).isBlank() ? 0 : parts[i].length;
            at += lengths[i];
        }
        return new NarrationTrack(new PcmAudio(track, sampleRate), List.of(lengths), List.of(speech), words);
    }

    public double seconds() {
        return audio.seconds();
    }
}
