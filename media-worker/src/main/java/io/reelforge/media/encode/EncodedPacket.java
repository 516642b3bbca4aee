package io.reelforge.media.encode;

import java.io.IOException;
import org.bytedeco.ffmpeg.avcodec.AVPacket;
import org.bytedeco.ffmpeg.global.avcodec;

/**
 * A compressed packet copied out of FFmpeg into the heap, with its timestamps in its encoder's time base: lets an
 * encoder on one thread hand packets to the muxer on another without sharing native packets between them.
 */
record EncodedPacket(byte[] data, long pts, long dts, long duration, boolean key) {

    static EncodedPacket copyOf(AVPacket packet) {
        byte[] data = new byte[packet.size()];
        packet.data().capacity(data.length).get(data);
        return new EncodedPacket(data, packet.pts(), packet.dts(), packet.duration(),
                (packet.flags() & avcodec.AV_PKT_FLAG_KEY) != 0);
    }

    /** Fills {@code packet} (unreferenced) with a fresh copy of this one. */
    void copyInto(AVPacket packet) throws IOException {
        FfmpegCall.check(avcodec.av_new_packet(packet, data.length), "allocating a packet");
        packet.data().capacity(data.length).put(data);
        packet.pts(pts);
        packet.dts(dts);
        packet.duration(duration);
        packet.flags(key ? avcodec.AV_PKT_FLAG_KEY : 0);
    }
}
