package io.reelforge.media.speech;

import io.reelforge.common.voice.VoiceOffer;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every sentence spoken on disk, keyed by engine, voice and text, so rendering a script again (another
 * format, a retry, a changed picture) does not pay for the speech again. Entries are written to a temporary file
 * and moved into place, so workers sharing the directory never read half an entry. A damaged entry is spoken
 * again. Old entries are not evicted here: the directory can be emptied at any time.
 */
public final class CachingNarrator implements Narrator {

    private static final Logger log = LoggerFactory.getLogger(CachingNarrator.class);

    private final Narrator narrator;
    private final Path dir;

    public CachingNarrator(Narrator narrator, Path dir) {
        this.narrator = narrator;
        this.dir = dir;
    }

    @Override
    public PcmAudio synthesize(String text) {
        Path entry = dir.resolve(key(text) + ".pcm");
        if (Files.isRegularFile(entry)) {
            try {
                return read(entry);
            } catch (IOException | RuntimeException e) {
                log.warn("speech cache entry {} unreadable, speaking again: {}", entry.getFileName(), e.toString());
            }
        }
        PcmAudio audio = narrator.synthesize(text);
        try {
            write(entry, audio);
        } catch (IOException e) {
            log.warn("could not store speech in the cache {}: {}", dir, e.toString());
        }
        return audio;
    }

    String key(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {narrator.engine(), narrator.voice(), text}) {
                byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
                digest.update(ByteBuffer.allocate(4).putInt(bytes.length).array());
                digest.update(bytes);
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    private static PcmAudio read(Path entry) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(Files.readAllBytes(entry)).order(ByteOrder.LITTLE_ENDIAN);
        int rate = in.getInt();
        short[] samples = new short[in.remaining() / 2];
        in.asShortBuffer().get(samples);
        return new PcmAudio(samples, rate);
    }

    private void write(Path entry, PcmAudio audio) throws IOException {
        Files.createDirectories(dir);
        ByteBuffer out = ByteBuffer.allocate(4 + 2 * audio.length()).order(ByteOrder.LITTLE_ENDIAN);
        out.putInt(audio.sampleRate());
        out.asShortBuffer().put(audio.samples());
        Path temp = Files.createTempFile(dir, "speech-", ".tmp");
        try {
            Files.write(temp, out.array());
            Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public String engine() {
        return narrator.engine();
    }

    @Override
    public String voice() {
        return narrator.voice();
    }

    @Override
    public VoiceOffer voices() {
        return narrator.voices();
    }

    /** The other voice, cached in the same directory under its own key. */
    @Override
    public CachingNarrator withVoice(String name) {
        return new CachingNarrator(narrator.withVoice(name), dir);
    }
}
