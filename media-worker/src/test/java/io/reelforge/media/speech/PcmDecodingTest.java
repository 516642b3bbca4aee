package io.reelforge.media.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import org.junit.jupiter.api.Test;

class PcmDecodingTest {

    @Test
    void readsAMonoWavWrittenByJavaSound() throws IOException {
        short[] samples = {0, 1000, -1000, 32767, -32768};

        PcmAudio audio = PcmDecoding.fromWav(javaSoundWav(samples, 24_000, 1));

        assertThat(audio.sampleRate()).isEqualTo(24_000);
        assertThat(audio.samples()).containsExactly(samples);
    }

    @Test
    void mixesStereoDownToMono() throws IOException {
        short[] interleaved = {1000, 3000, -2000, 0};

        PcmAudio audio = PcmDecoding.fromWav(javaSoundWav(interleaved, 16_000, 2));

        assertThat(audio.samples()).containsExactly((short) 2000, (short) -1000);
    }

    @Test
    void readsAStreamedWavWhoseSizesArePlaceholders() throws IOException {
        byte[] wav = javaSoundWav(new short[] {5, 6, 7}, 24_000, 1);
        ByteBuffer header = ByteBuffer.wrap(wav).order(ByteOrder.LITTLE_ENDIAN);
        header.putInt(4, -1); // RIFF size 0xFFFFFFFF
        header.putInt(40, -1); // data size 0xFFFFFFFF, as streaming servers send it

        assertThat(PcmDecoding.fromWav(wav).samples()).containsExactly((short) 5, (short) 6, (short) 7);
    }

    @Test
    void refusesSomethingThatIsNotAWav() {
        assertThatThrownBy(() -> PcmDecoding.fromWav("ID3 an mp3 perhaps".getBytes()))
                .isInstanceOf(IOException.class).hasMessageContaining("not a WAV");
    }

    @Test
    void readsABigEndianJavaSoundStream() throws IOException {
        byte[] bigEndian = {0x01, 0x00, (byte) 0xFF, (byte) 0xFF};
        AudioFormat format = new AudioFormat(16_000, 16, 1, true, true);

        PcmAudio audio = PcmDecoding.fromStream(new AudioInputStream(new ByteArrayInputStream(bigEndian), format, 2));

        assertThat(audio.samples()).containsExactly((short) 256, (short) -1);
        assertThat(audio.sampleRate()).isEqualTo(16_000);
    }

    static byte[] javaSoundWav(short[] samples, int rate, int channels) throws IOException {
        ByteBuffer data = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (short s : samples) {
            data.putShort(s);
        }
        AudioFormat format = new AudioFormat(rate, 16, channels, true, false);
        var stream = new AudioInputStream(new ByteArrayInputStream(data.array()), format, samples.length / channels);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AudioSystem.write(stream, AudioFileFormat.Type.WAVE, out);
        return out.toByteArray();
    }
}
