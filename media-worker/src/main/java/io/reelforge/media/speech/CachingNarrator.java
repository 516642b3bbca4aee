package io.reelforge.media.speech;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps every sentence spoken on disk, keyed by engine, voice and text, so rendering a script again (another
 * format, a retry, a changed picture) does not pay for the speech again. Entries are written to a temporary file
 * and moved into place, so workers sharing the directory never read half an entry. A damaged entry is spoken
 * again. Old entries are not evicted here: the directory can be emptied at any time.
 *
 * <p>An entry ({@code .speech}) holds the audio and the words' timings, so a sentence served from the cache is
 * highlighted word by word as it was when first spoken. Entries of the audio-only format before it ({@code .pcm})
 * are not read: those sentences are spoken again once, with their timings.
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
    public Speech synthesize(String text) {
        Path entry = dir.resolve(key(text) + ".speech");
        if (Files.isRegularFile(entry)) {
            try {
                return read(entry);
            } catch (IOException | RuntimeException e) {
                log.warn("speech cache entry {} unreadable, speaking again: {}", entry.getFileName(), e.toString());
            }
        }
        Speech speech = narrator.synthesize(text);
        try {
            write(entry, speech);
        } catch (IOException e) {
            log.warn("could not store speech in the cache {}: {}", dir, e.toString());
        }
        return speech;
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

    /** Sample rate, samples, then each word with its start and end (big-endian, as {@code DataOutput} writes). */
    private static Speech read(Path entry) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(entry)))) {
            int rate = in.readInt();
            int count = in.readInt();
            if (count < 0 || 2L * count > Files.size(entry)) {
                throw new IOException("damaged: " + count + " samples in " + Files.size(entry) + " bytes");
            }
            short[] samples = new short[count];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = in.readShort();
            }
            List<WordTiming> words = new ArrayList<>();
            for (int i = in.readInt(); i > 0; i--) {
                words.add(new WordTiming(in.readUTF(), in.readDouble(), in.readDouble()));
            }
            if (in.read() != -1) {
                throw new IOException("trailing bytes");
            }
            return new Speech(new PcmAudio(samples, rate), words);
        }
    }

    private void write(Path entry, Speech speech) throws IOException {
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, "speech-", ".tmp");
        try {
            try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(temp)))) {
                PcmAudio audio = speech.audio();
                out.writeInt(audio.sampleRate());
                out.writeInt(audio.length());
                for (short sample : audio.samples()) {
                    out.writeShort(sample);
                }
                out.writeInt(speech.words().size());
                for (WordTiming word : speech.words()) {
                    out.writeUTF(word.word());
                    out.writeDouble(word.start());
                    out.writeDouble(word.end());
                }
            }
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
}
