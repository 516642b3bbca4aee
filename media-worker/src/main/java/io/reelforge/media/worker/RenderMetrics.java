package io.reelforge.media.worker;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.reelforge.media.render.RenderedVideo;

/**
 * What the media worker's renders achieve: frames rendered ({@code reelforge_render_frames_total}) and, per video,
 * frames per second of encoding ({@code reelforge_render_frames_per_second}, a histogram), the figure that says
 * whether a worker's CPU is the bottleneck and how many videos a worker can make per minute.
 */
public class RenderMetrics {

    static final String FRAMES = "reelforge.render.frames";
    static final String FRAMES_PER_SECOND = "reelforge.render.frames.per.second";

    private final Counter frames;
    private final DistributionSummary framesPerSecond;

    public RenderMetrics(MeterRegistry registry) {
        this.frames = Counter.builder(FRAMES).description("Video frames rendered and encoded").register(registry);
        this.framesPerSecond = DistributionSummary.builder(FRAMES_PER_SECOND)
                .description("Frames composed and encoded per second of a video's encoding")
                .publishPercentileHistogram()
                .minimumExpectedValue(1.0)
                .maximumExpectedValue(2000.0)
                .register(registry);
    }

    void rendered(RenderedVideo video) {
        frames.increment(video.frames());
        if (video.encodeSeconds() > 0) {
            framesPerSecond.record(video.frames() / video.encodeSeconds());
        }
    }
}
