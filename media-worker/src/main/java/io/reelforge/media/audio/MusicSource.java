package io.reelforge.media.audio;

import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.media.speech.AudioFiles;
import io.reelforge.media.speech.PcmAudio;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Loads background music, decoded at the track's rate: the operator's configured music from a file or an http(s)
 * URL, a job's music only from an http(s) URL. Downloads go through the safe fetcher (SSRF policy, size cap).
 */
public final class MusicSource {

    private final SafeHttpClient http;

    public MusicSource(SafeHttpClient http) {
        this.http = http;
    }

    /** The operator's music ({@code reelforge.media.music}): a file path or an http(s) URL. */
    public PcmAudio load(String location, Path workDir, int sampleRate) throws IOException, InterruptedException {
        if (!isHttp(location)) {
            return AudioFiles.decode(Path.of(location.strip()), sampleRate);
        }
        return download(location, workDir, sampleRate);
    }

    /**
     * A job's music: an http(s) URL and nothing else, so a job can never make the worker read its own disk.
     *
     * @throws IOException for anything but an http(s) URL, and when the download fails or does not decode
     */
    public PcmAudio fetch(String url, Path workDir, int sampleRate) throws IOException, InterruptedException {
        if (!isHttp(url)) {
            throw new IOException("a job's music must be an http(s) URL; local files are for the operator only");
        }
        return download(url, workDir, sampleRate);
    }

    private PcmAudio download(String url, Path workDir, int sampleRate) throws IOException, InterruptedException {
        var resource = http.get(URI.create(url.strip()), "audio/*");
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

    private static boolean isHttp(String location) {
        String lower = location.strip().toLowerCase(Locale.ROOT);
        return lower.startsWith("http://") || lower.startsWith("https://");
    }
}
