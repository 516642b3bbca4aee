package io.reelforge.media.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.reelforge.media.brand.Logos;
import io.reelforge.media.testing.ColourFrames;
import io.reelforge.media.testing.Mp4Probe;
import io.reelforge.media.testing.TestImages;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalRenderTest {

    @TempDir
    Path dir;

    @Test
    void rendersASpecWithARecordedNarrationIntoAVideoWithItsSidecarFiles() throws Exception {
        Files.write(dir.resolve("a.jpg"), TestImages.jpeg(800, 600));
        Files.write(dir.resolve("b.png"), TestImages.png(500, 700));
        byte[] jpeg = TestImages.jpeg(640, 480);
        Files.write(dir.resolve("broken.jpg"), Arrays.copyOf(jpeg, jpeg.length / 2));
        writeWav(dir.resolve("voice.wav"), 2.0, 22_050);
        Files.writeString(dir.resolve("spec.json"), """
                {"title": "Aurora", "price": 49.5, "currency": "EUR", "format": "1:1",
                 "images": ["a.jpg", "broken.jpg", "b.png"], "narrationAudio": "voice.wav",
                 "scenes": [{"narration": "Meet Aurora, the quiet kettle.", "image": 0},
                            {"narration": "Only 49.50 euros.", "image": 1},
                            {"narration": "Order today.", "image": 2}]}
                """);

        LocalRender.Result result = LocalRender.render(dir.resolve("spec.json"), dir.resolve("out/video.mp4"),
                new LocalRender.Options("144x144", null, "libx264", "ultrafast", 30, 2));

        assertThat(result.video()).isEqualTo(dir.resolve("out/video.mp4").toAbsolutePath());
        Mp4Probe probe = Mp4Probe.of(result.video());
        assertThat(probe.width()).isEqualTo(144);
        assertThat(probe.height()).isEqualTo(144);
        assertThat(probe.durationSeconds()).isCloseTo(2.0, within(1 / 30.0));
        // the WebVTT file times each word (a recorded narration has no word timings: spread by syllables)
        assertThat(Files.readString(result.captionsVtt())).startsWith("WEBVTT")
                .containsPattern("Meet <\\d\\d:\\d\\d:\\d\\d\\.\\d{3}>Aurora");
        assertThat(Files.readString(result.captionsSrt())).contains("00:00:00,000 --> ").contains("Meet Aurora");
        assertThat(result.thumbnail()).isNotEmptyFile().hasFileName("video.jpg");
        try (var files = Files.list(dir.resolve("out"))) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("video.mp4", "video.jpg", "video.vtt", "video.srt");
        }
    }

    @Test
    void aSpecsBrandKitPutsItsLogoOnTheOpeningCard() throws Exception {
        Files.write(dir.resolve("a.jpg"), TestImages.jpeg(800, 600));
        Files.writeString(dir.resolve("logo.svg"), """
                <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100">
                  <rect width="200" height="100" fill="#00C853"/></svg>""");
        writeWav(dir.resolve("voice.wav"), 1.0, 22_050);
        Files.writeString(dir.resolve("spec.json"), """
                {"title": "Aurora", "images": ["a.jpg"], "narrationAudio": "voice.wav",
                 "brandKit": {"logo": "logo.svg", "primaryColor": "#1D3557", "font": "comfortaa"}}
                """);

        LocalRender.Result result = LocalRender.render(dir.resolve("spec.json"), dir.resolve("out/video.mp4"),
                new LocalRender.Options("288x512", null, "libx264", "ultrafast", 30, 2));

        BufferedImage thumbnail = ImageIO.read(result.thumbnail().toFile());
        Rectangle upperMiddle = new Rectangle(288 / 4, 512 / 10, 288 / 2, 512 / 8);
        assertThat(ColourFrames.shareNear(thumbnail, upperMiddle, Logos.GREEN, 60)).isGreaterThan(0.1);
    }

    @Test
    void theSceneNamingThePriceCarriesTheBadge() {
        var scenes = java.util.List.of("Meet Aurora.", "Only 49.50 euros, today.", "Order now.");
        assertThat(io.reelforge.media.render.PriceScene.find(Arrays.asList(null, null, null), scenes,
                new java.math.BigDecimal("49.50"))).isEqualTo(1);
        assertThat(io.reelforge.media.render.PriceScene.find(Arrays.asList(null, null, "price"), scenes,
                new java.math.BigDecimal("49.50"))).isEqualTo(2);
        assertThat(io.reelforge.media.render.PriceScene.find(Arrays.asList(null, null, null), scenes, null))
                .isEqualTo(-1);
    }

    private static void writeWav(Path file, double seconds, int rate) throws Exception {
        byte[] pcm = new byte[(int) (seconds * rate) * 2];
        for (int i = 0; i < pcm.length / 2; i++) {
            short s = (short) (5000 * Math.sin(2 * Math.PI * 220 * i / rate));
            pcm[2 * i] = (byte) s;
            pcm[2 * i + 1] = (byte) (s >> 8);
        }
        AudioFormat format = new AudioFormat(rate, 16, 1, true, false);
        try (AudioInputStream in = new AudioInputStream(new ByteArrayInputStream(pcm), format, pcm.length / 2)) {
            AudioSystem.write(in, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
