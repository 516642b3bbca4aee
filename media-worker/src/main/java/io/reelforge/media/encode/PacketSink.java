package io.reelforge.media.encode;

import java.io.IOException;
import org.bytedeco.ffmpeg.avcodec.AVPacket;

/** Where an encoder's packets go; it takes over the packet's data (it may unreference the packet). */
@FunctionalInterface
interface PacketSink {

    void accept(AVPacket packet) throws IOException;
}
