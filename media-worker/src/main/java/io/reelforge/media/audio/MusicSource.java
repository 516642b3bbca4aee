package io.reelforge.media.audio;

import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.media.speech.AudioFiles;
import io.reelforge.media.speech.PcmAudio;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Loads background music from a file or an http(s) URL (through the safe fetcher), decoded at the track's rate. */
public final class MusicSource {

    private final SafeHttpClient http;

    public MusicSource(SafeHttpClient http) {
        this.http = http;
    }

    public PcmAudio load(String location, Path workDir, int sampleRate) throws IOException, InterruptedException {
        String lower = location.strip().toLowerCase(Locale.ROOT);
        if (!lower.startsWith("http://") && !lower.startsWith("https://")) {
            return AudioFiles.decode(Path.of(location.strip()), sampleRate);
        }
        var resource = http.get(URI.create(location.strip()), "audio/*");
        if (resource.status() < 200 || resource.status() >= 300) {
            throw new IOException("music download failed: HTTP " + resource.status());
        }
        Path file = Files.createTempFile(workDir, "music-", ".audio");
        try {
            Files.write(file, resource.body());
            return AudioFiles.decode(file, sampleRate);
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
