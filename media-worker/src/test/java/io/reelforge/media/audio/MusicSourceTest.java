package io.reelforge.media.audio;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.media.speech.PcmAudio;
import io.reelforge.media.testing.StaticHttpServer;
import io.reelforge.media.testing.Tones;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MusicSourceTest {

    private static final int RATE = 48_000;

    @TempDir
    Path dir;

    private final StaticHttpServer server = new StaticHttpServer();
    private final MusicSource music = new MusicSource(new SafeHttpClient(new UrlPolicy(List.of("127.0.0.1")),
            new ReelforgeProperties.Fetch(Duration.ofSeconds(2), Duration.ofSeconds(5), 5_242_880, 3, List.of(),
                    "Reelforge-test", "en")));

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aJobsMusicIsDownloadedAndDecodedAtTheTracksRate() throws Exception {
        String url = server.serve("/bed.wav", "audio/wav", Tones.wav(1.0, 220));

        PcmAudio bed = music.fetch(url, dir, RATE);

        assertThat(bed.sampleRate()).isEqualTo(RATE);
        assertThat(bed.seconds()).isEqualTo(1.0);
    }

    @Test
    void aJobsMusicIsNeverReadFromTheWorkersDisk() throws Exception {
        Path onDisk = Files.write(dir.resolve("bed.wav"), Tones.wav(1.0, 220));

        for (String location : List.of(onDisk.toString(), onDisk.toUri().toString(), "bed.wav")) {
            assertThatThrownBy(() -> music.fetch(location, dir, RATE)).isInstanceOf(IOException.class)
                    .hasMessageContaining("http(s) URL");
        }
    }

    @Test
    void theOperatorsMusicMayBeAFile() throws Exception {
        Path onDisk = Files.write(dir.resolve("bed.wav"), Tones.wav(1.0, 220));

        assertThat(music.load(onDisk.toString(), dir, RATE).seconds()).isEqualTo(1.0);
    }

    @Test
    void aDownloadThatFailsSaysWhy() {
        String url = server.fail("/gone.mp3", 404);

        assertThatThrownBy(() -> music.fetch(url, dir, RATE)).isInstanceOf(IOException.class)
                .hasMessageContaining("HTTP 404");
    }
}
