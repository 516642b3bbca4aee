package io.reelforge.media.speech;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

/**
 * Turns what speech engines return into {@link PcmAudio}: WAV bytes (OpenAI) and Java Sound streams (MaryTTS).
 * WAV is parsed by hand rather than through Java Sound because streamed WAVs (as speech APIs send them) carry
 * placeholder chunk sizes ({@code 0xFFFFFFFF}) that Java Sound rejects; here such a data chunk simply runs to the
 * end of the bytes.
 */
public final class PcmDecoding {

    private static final int FORMAT_PCM = 1;
    private static final int FORMAT_EXTENSIBLE = 0xFFFE;

    private PcmDecoding() {
    }

    /** Decodes a 16-bit PCM WAV file (any channel count, mixed down to mono). */
    public static PcmAudio fromWav(byte[] wav) throws IOException {
        ByteBuffer in = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.length < 12 || !tag(in, 0).equals("RIFF") || !tag(in, 8).equals("WAVE")) {
            throw new IOException("not a WAV file (" + wav.length + " bytes)");
        }
        int channels = 0;
        int sampleRate = 0;
        int position = 12;
        while (position + 8 <= wav.length) {
            String id = tag(in, position);
            long size = Integer.toUnsignedLong(in.getInt(position + 4));
            int body = position + 8;
            if (id.equals("fmt ")) {
                int format = Short.toUnsignedInt(in.getShort(body));
                channels = Short.toUnsignedInt(in.getShort(body + 2));
                sampleRate = in.getInt(body + 4);
                int bits = Short.toUnsignedInt(in.getShort(body + 14));
                if ((format != FORMAT_PCM && format != FORMAT_EXTENSIBLE) || bits != 16 || channels < 1) {
                    throw new IOException("unsupported WAV encoding: format " + format + ", " + bits + " bits, "
                            + channels + " channels (16-bit PCM expected)");
                }
            } else if (id.equals("data")) {
                if (channels == 0) {
                    throw new IOException("WAV data before its fmt chunk");
                }
                int length = (int) Math.min(size, wav.length - body);
                return new PcmAudio(toMono(wav, body, length, channels, false), sampleRate);
            }
            position = body + (int) Math.min(size + (size & 1), wav.length);
        }
        throw new IOException("WAV file without a data chunk");
    }

    /** Reads a Java Sound stream to the end, converting it to 16-bit mono PCM first when needed. */
    public static PcmAudio fromStream(AudioInputStream stream) throws IOException {
        AudioFormat format = stream.getFormat();
        boolean convert = format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED || format.getSampleSizeInBits() != 16;
        AudioFormat target = new AudioFormat(format.getSampleRate(), 16, format.getChannels(), true, false);
        try (AudioInputStream pcm = convert ? AudioSystem.getAudioInputStream(target, stream) : stream) {
            byte[] data = readFully(pcm);
            AudioFormat f = pcm.getFormat();
            return new PcmAudio(toMono(data, 0, data.length, f.getChannels(), f.isBigEndian()),
                    Math.round(f.getSampleRate()));
        }
    }

    /**
     * Reads to the end of the stream in a plain loop: {@code readAllBytes()} on MaryTTS's
     * {@code AppendableSequenceAudioInputStream} returns only its first 16 KiB (0.17 s of speech).
     */
    private static byte[] readFully(AudioInputStream stream) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[8192];
        int n;
        while ((n = stream.read(buffer)) != -1) {
            out.write(buffer, 0, n);
        }
        return out.toByteArray();
    }

    private static short[] toMono(byte[] data, int offset, int length, int channels, boolean bigEndian) {
        ByteBuffer in = ByteBuffer.wrap(data, offset, length).order(bigEndian ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int frames = length / (2 * channels);
        short[] out = new short[frames];
        for (int i = 0; i < frames; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += in.getShort(offset + 2 * (i * channels + c));
            }
            out[i] = (short) (sum / channels);
        }
        return out;
    }

    private static String tag(ByteBuffer in, int at) {
        byte[] bytes = new byte[4];
        in.get(at, bytes);
        return new String(bytes, StandardCharsets.US_ASCII);
    }
}
