package io.reelforge.media.render;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.CaptionStyle;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.encode.EncoderSettings;
import io.reelforge.media.encode.Mp4Encoder;
import io.reelforge.media.speech.NarrationTrack;
import io.reelforge.media.speech.WordTiming;
import io.reelforge.media.testing.TinyMedia;
import io.reelforge.media.testing.Tones;
import io.reelforge.media.testing.YuvFrames;
import io.reelforge.media.text.CaptionCue;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Decodes rendered videos and finds the caption highlight by its colour: the burned highlight moves word by word
 * exactly as the WebVTT file's word timestamps say. Rendered over grey pictures, so the highlight's yellow is the only
 * colour in the caption's place (yellow has a blue-difference chroma far below grey's and white's 128).
 */
class HighlightedCaptionVideoTest {

    private static final VideoFormat FORMAT = VideoFormat.VERTICAL.scaled(0.4); // 288x512: words large enough to find
    private static final List<String> TEXTS = List.of("Meet the bright Aurora watch, made for you.",
            "Just 199 dollars today.");
    private static final int YELLOW_BLUE_CHROMA = 90; // highlight yellow is about 30 after encoding; grey 128
    private static final Pattern TIME = Pattern.compile("(\\d\\d):(\\d\\d):(\\d\\d)\\.(\\d{3})");

    @TempDir
    Path dir;

    private final OverlayLayout layout = new OverlayLayout(TinyMedia.PAINTER, FORMAT);

    /** A decoded render and the cues its WebVTT file holds. */
    private record Decoded(List<CaptionCue> cues, YuvFrames frames) {
    }

    @Test
    void theHighlightedWordInEveryFrameIsTheOneWhoseWebVttTimeCoversTheFrame() throws Exception {
        Decoded video = render(CaptionStyle.HIGHLIGHT);
        YuvFrames frames = video.frames();

        assertThat(video.cues()).hasSize(3);
        int checked = 0;
        for (CaptionCue cue : video.cues()) {
            HighlightedCaption caption = layout.highlightedCaption(cue, OverlayLayout.CAPTION_HIGHLIGHT);
            for (int frame = 0; frame < frames.frames().size(); frame++) {
                double seconds = (frame + 0.5) / frames.frameRate(); // the time each frame is composed for
                if (seconds < cue.start() || seconds >= cue.end()) {
                    continue;
                }
                int spoken = spokenAt(cue, seconds);
                Rectangle cell = Objects.requireNonNull(caption.plain().cells().get(spoken));
                Rectangle inFrame = new Rectangle(caption.left() + cell.x, caption.top() + cell.y, cell.width,
                        cell.height);
                List<int[]> yellow = yellowSamples(frames.frames().get(frame), captionArea(caption));
                String word = cue.words().get(spoken).word();
                long onWord = yellow.stream().filter(at -> grown(inFrame).contains(at[0], at[1])).count();
                // the encoder may leave a sample or two of the last word's colour in the first frame after a change
                assertThat(yellow).as("highlight of '%s' at frame %d", word, frame).hasSizeGreaterThan(10);
                assertThat(onWord).as("yellow samples on '%s' at frame %d, of %d", word, frame, yellow.size())
                        .isGreaterThanOrEqualTo(Math.round(yellow.size() * 0.9));
                checked++;
            }
        }
        assertThat(checked).as("frames checked").isGreaterThan(100);
    }

    @Test
    void plainCaptionsShowNoHighlightColour() throws Exception {
        Decoded video = render(CaptionStyle.PLAIN);
        YuvFrames frames = video.frames();

        for (CaptionCue cue : video.cues()) {
            Rectangle area = captionArea(layout.highlightedCaption(cue, OverlayLayout.CAPTION_HIGHLIGHT));
            int frame = (int) Math.floor((cue.start() + cue.end()) / 2 * frames.frameRate());
            assertThat(brightLuma(frames.frames().get(frame), area)).as("the caption is on screen").isGreaterThan(50);
            assertThat(yellowSamples(frames.frames().get(frame), area)).isEmpty();
        }
    }

    private Decoded render(CaptionStyle style) throws Exception {
        Mp4Encoder encoder = new Mp4Encoder(new EncoderSettings(FORMAT.width(), FORMAT.height(), 30, "libx264",
                "veryfast", 23, 128_000, MediaProperties.AUDIO_SAMPLE_RATE, 2));
        VideoRenderer renderer = new VideoRenderer(encoder, TinyMedia.PAINTER, Duration.ofMillis(400), -16);
        NarrationTrack narration = Tones.track(0.25, 2.6, 1.8);
        RenderPlan plan = new RenderPlan(FORMAT, List.of(grey(), grey()), TEXTS, -1, narration,
                new VideoTexts("Aurora", null, null, "Order today"), true, style, null);
        Path out = Files.createTempDirectory(dir, style.wireName());
        RenderedVideo video = renderer.encode(renderer.prepare(plan, out), out, p -> { });
        return new Decoded(webVttCues(Files.readString(video.captionsVtt())), YuvFrames.of(video.video()));
    }

    /** Chroma samples (as frame pixel positions) in {@code area} whose colour is the highlight's yellow. */
    private static List<int[]> yellowSamples(YuvFrames.Planes frame, Rectangle area) {
        List<int[]> found = new ArrayList<>();
        for (int cy = area.y / 2; cy < (area.y + area.height) / 2; cy++) {
            for (int cx = area.x / 2; cx < (area.x + area.width) / 2; cx++) {
                if (frame.blueAt(cx, cy) < YELLOW_BLUE_CHROMA) {
                    found.add(new int[] {2 * cx, 2 * cy});
                }
            }
        }
        return found;
    }

    private static int brightLuma(YuvFrames.Planes frame, Rectangle area) {
        int bright = 0;
        for (int y = area.y; y < area.y + area.height; y++) {
            for (int x = area.x; x < area.x + area.width; x++) {
                bright += (frame.luma()[y * frame.width() + x] & 0xFF) > 200 ? 1 : 0;
            }
        }
        return bright;
    }

    private static Rectangle captionArea(HighlightedCaption caption) {
        BufferedImage image = caption.plain().image();
        return new Rectangle(caption.left(), caption.top(), image.getWidth() & ~1, image.getHeight() & ~1);
    }

    /** A chroma sample stands for two pixels each way, and the encoder blurs colour edges by a sample. */
    private static Rectangle grown(Rectangle cell) {
        return new Rectangle(cell.x - 2, cell.y - 2, cell.width + 4, cell.height + 4);
    }

    private static int spokenAt(CaptionCue cue, double seconds) {
        int spoken = 0;
        while (spoken + 1 < cue.words().size() && cue.words().get(spoken + 1).start() <= seconds) {
            spoken++;
        }
        return spoken;
    }

    /** The cues of a WebVTT file with their words, each from its timestamp (the first from the cue's start). */
    private static List<CaptionCue> webVttCues(String vtt) {
        List<CaptionCue> cues = new ArrayList<>();
        for (String block : vtt.split("\n\n")) {
            String[] lines = block.split("\n");
            if (lines.length < 3 || !lines[1].contains("-->")) {
                continue;
            }
            double start = seconds(lines[1].substring(0, 12));
            double end = seconds(lines[1].substring(17, 29));
            List<String> words = new ArrayList<>();
            List<Double> starts = new ArrayList<>();
            for (String token : lines[2].split(" ")) {
                Matcher m = TIME.matcher(token);
                starts.add(token.startsWith("<") && m.find() ? seconds(m.group()) : start);
                words.add(token.replaceFirst("^<[^>]+>", ""));
            }
            List<WordTiming> timed = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                timed.add(new WordTiming(words.get(i), starts.get(i), i + 1 < words.size() ? starts.get(i + 1) : end));
            }
            cues.add(new CaptionCue(start, end, String.join(" ", words), timed));
        }
        return cues;
    }

    private static double seconds(String timestamp) {
        Matcher m = TIME.matcher(timestamp);
        if (!m.find()) {
            throw new IllegalArgumentException("not a timestamp: " + timestamp);
        }
        return Integer.parseInt(m.group(1)) * 3600 + Integer.parseInt(m.group(2)) * 60 + Integer.parseInt(m.group(3))
                + Integer.parseInt(m.group(4)) / 1000.0;
    }

    private static BufferedImage grey() {
        BufferedImage image = new BufferedImage(400, 600, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(128, 128, 128));
        g.fillRect(0, 0, 400, 600);
        g.dispose();
        return image;
    }
}
