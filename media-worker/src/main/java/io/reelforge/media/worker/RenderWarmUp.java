package io.reelforge.media.worker;

import io.reelforge.common.job.CaptionStyle;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.RenderRequest;
import io.reelforge.common.stage.StageContext;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.stage.StageProcessor;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.brand.BrandLook;
import io.reelforge.media.image.DrawnProductPicture;
import io.reelforge.media.image.ImageDecoder;
import io.reelforge.media.image.UnusableImageException;
import io.reelforge.media.render.PreparedVideo;
import io.reelforge.media.render.RenderPlan;
import io.reelforge.media.render.RenderedVideo;
import io.reelforge.media.render.VideoFormat;
import io.reelforge.media.render.VideoRenderer;
import io.reelforge.media.render.VideoTexts;
import io.reelforge.media.speech.NarrationTrack;
import io.reelforge.media.speech.PcmAudio;
import io.reelforge.media.speech.ReadingPace;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.imageio.ImageIO;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Renders one short video through the worker's own renderer as soon as the worker has started, so that a job that
 * comes to an idle worker runs about as fast as its tenth. A fresh JVM interprets the render's code until the JIT
 * has compiled it, and loads and initialises what the first render touches (the image decoders, the fonts, the
 * encoder): without this a worker's first 30 s video took about 1.4x as long as its tenth. Every step of a job's
 * render runs (pictures decoded and fitted, plates, cards, word-highlighted captions, the price badge, sound and its
 * loudness, H.264 and AAC, the MP4 and the thumbnail), in the worker's own frame size and with a job's usual six
 * scenes (about 13 s of video): on small frames the first job's frames stayed 1.25x slower than later ones, and
 * with two scenes the first job took 1.19x the later ones, against 1.14-1.26x with six over four benchmark runs. The JIT compiles the
 * per-pixel loops for how long they run and recompiles what a short run did not show it.
 *
 * <p>It starts a second after the application is ready (when the consumers have their partitions), so it never
 * delays the worker's readiness, and only if no job has come by then: a worker started for a backlog gets its
 * first job at once and does not warm up. A job that arrives later, while the warm-up runs, stops it at its next
 * step or frame and starts once it has stopped (a second or two, most of it compiling the per-pixel code the job
 * needs too). Running both at once on the same cores was slower than waiting (the warm-up went on preparing while
 * the job waited for the compiled per-pixel code). A warm-up that fails is logged and forgotten: it only ever makes
 * the first job faster.
 */
public final class RenderWarmUp implements ApplicationListener<ApplicationEvent> {

    private static final Logger log = LoggerFactory.getLogger(RenderWarmUp.class);

    /** The longest a job waits for a warm-up to stop: a second or two, unless the warm-up is stuck. */
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    /**
     * How long after the application is ready the warm-up waits for a job first. A worker started for a backlog
     * gets its first job within moments of its consumers' assignment, and then it does not warm up at all: the
     * first steps of a warm-up cannot be stopped (the per-pixel code's compilation), and a job that waited for them
     * was slower than a job run cold.
     */
    public static final Duration GRACE = Duration.ofSeconds(1);

    private final VideoRenderer renderer;
    private final VideoFormat format;
    private final ImageDecoder decoder;
    private final RenderWorkDirs workDirs;
    private final Duration breath;
    private final boolean enabled;
    private final Duration grace;
    private final CompletableFuture<Outcome> done = new CompletableFuture<>();
    private final AtomicBoolean started = new AtomicBoolean();
    /** Counted down by the first job or by the context's close: either ends the grace period and stops the warm-up. */
    private final CountDownLatch stopWanted = new CountDownLatch(1);
    /** Set before {@link #stopWanted} is counted down for a close, so a stop with it unset is for a job. */
    private volatile boolean closing;

    /**
     * @param workRoot the renders' work root: the warm-up works in a render folder of its own there, deleted once
     *     it is done (and by the next worker's start-up if this process dies first)
     * @param enabled false to skip it ({@code reelforge.media.warm-up}): a job then never waits
     * @param grace how long after the application is ready a job may still come and mean no warm-up ({@link #GRACE})
     */
    public RenderWarmUp(VideoRenderer renderer, VideoFormat format, ImageDecoder decoder, Path workRoot,
            Duration breath, boolean enabled, Duration grace) {
        this.grace = grace;
        this.renderer = renderer;
        this.format = format;
        this.decoder = decoder;
        this.workDirs = new RenderWorkDirs(workRoot);
        this.breath = breath;
        this.enabled = enabled;
        if (!enabled) {
            done.complete(Outcome.DISABLED);
        }
    }

    /** Starts once the application is ready; stops when it begins to close (a worker stopped while warming up). */
    @Override
    public void onApplicationEvent(ApplicationEvent event) {
        if (event instanceof ApplicationReadyEvent && enabled && started.compareAndSet(false, true)) {
            Thread.ofPlatform().daemon().name("render-warm-up").start(this::run);
        } else if (event instanceof ContextClosedEvent) {
            closing = true;
            stopWanted.countDown();
        }
    }

    /** The render {@code render} does, once a warm-up still running has stopped. */
    public StageProcessor<RenderRequest> before(StageProcessor<RenderRequest> render) {
        return (JobMessage message, RenderRequest request, StageContext context) -> {
            stopWanted.countDown();
            if (started.compareAndSet(false, true)) { // a job before the application was ready: no warm-up then
                done.complete(Outcome.STOPPED_FOR_JOB);
            }
            try {
                done.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // the job runs beside it: slower, not wrong
            }
            return render.process(message, request, context);
        };
    }

    /** How the warm-up ended; empty while it has not started or still runs. */
    public Optional<Outcome> outcome() {
        return Optional.ofNullable(done.getNow(null));
    }

    void run() {
        try {
            stopWanted.await(grace.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.complete(Outcome.STOPPED_FOR_JOB);
            return;
        }
        if (closing) {
            log.info("no render warm-up: the worker is stopping");
            done.complete(Outcome.STOPPED_FOR_SHUTDOWN);
            return;
        }
        if (stopWanted.getCount() == 0) {
            log.info("no render warm-up: a job came first");
            done.complete(Outcome.STOPPED_FOR_JOB);
            return;
        }
        long startedAt = System.nanoTime();
        try {
            Path dir = workDirs.create("warm-up");
            try {
                stopIfWanted();
                RenderPlan plan = plan();
                stopIfWanted();
                PreparedVideo prepared = renderer.prepare(plan, dir);
                stopIfWanted();
                RenderedVideo video = renderer.encode(prepared, dir, fraction -> stopIfWanted());
                log.info("render warm-up done in {} ms ({} frames {}x{})",
                        (System.nanoTime() - startedAt) / 1_000_000, video.frames(), format.width(), format.height());
            } finally {
                RenderWorkDirs.delete(dir);
            }
            done.complete(Outcome.RENDERED);
        } catch (Exception | LinkageError e) {
            long ms = (System.nanoTime() - startedAt) / 1_000_000;
            // a worker that is stopping also fails what it starts meanwhile (a shutdown hook refused): not a fault
            if (closing) {
                log.info("render warm-up stopped after {} ms: the worker is stopping", ms);
                done.complete(Outcome.STOPPED_FOR_SHUTDOWN);
                return;
            }
            if (stopped(e)) {
                log.info("render warm-up stopped after {} ms: a job came", ms);
                done.complete(Outcome.STOPPED_FOR_JOB);
                return;
            }
            log.warn("render warm-up failed; the first job will be slower: {}", e.toString());
            done.complete(Outcome.FAILED);
        }
    }

    /** Six scenes, the fifth with the price badge, from two pictures encoded and decoded as a store's would be. */
    private RenderPlan plan() throws IOException, UnusableImageException {
        List<String> texts = List.of("Meet the Aurora watch.", "Bright in full sunlight.", "Seven days on a charge.",
                "Swim with it.", "Just 199 dollars today.", "Order yours now.");
        int sampleRate = MediaProperties.AUDIO_SAMPLE_RATE;
        NarrationTrack reading = NarrationTrack.read(texts, ReadingPace.CAPTIONS, breath, sampleRate);
        // a voice-like signal rather than silence, so the loudness and AAC code see what a narration gives them
        NarrationTrack narration = new NarrationTrack(murmur(reading.audio().length(), sampleRate),
                reading.sceneLengths(), reading.speechLengths(), reading.sceneWords());
        BufferedImage square = decoder.decode(encoded(
                DrawnProductPicture.draw(480, 480, new Color(0x1b2a49), new Color(0xd94f30)), "jpg"));
        BufferedImage tall = decoder.decode(encoded(
                DrawnProductPicture.draw(360, 480, new Color(0xf2e6d9), new Color(0x2f4858)), "png"));
        List<BufferedImage> pictures = List.of(square, tall, square, tall, square, tall);
        VideoTexts cards = new VideoTexts("Aurora Watch", "Aurora", VideoTexts.price(
                new BigDecimal("199"), "USD"), "Order today");
        return new RenderPlan(format, pictures, texts, 4, narration, cards, true, CaptionStyle.HIGHLIGHT, null,
                BrandLook.DEFAULT);
    }

    private static PcmAudio murmur(int length, int sampleRate) {
        SplittableRandom random = new SplittableRandom(11);
        short[] samples = new short[length];
        for (int i = 0; i < length; i++) {
            double tone = Math.sin(2 * Math.PI * 180 * i / sampleRate) * Math.sin(Math.PI * 3 * i / sampleRate);
            samples[i] = (short) (6000 * tone + random.nextInt(-300, 300));
        }
        return new PcmAudio(samples, sampleRate);
    }

    private static byte[] encoded(BufferedImage image, String type) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(image, type, bytes);
        return bytes.toByteArray();
    }

    /** How a warm-up ended. */
    public enum Outcome {
        /** The whole video was rendered. */
        RENDERED,
        /** A job came first; the warm-up stopped so the job could have the cores. */
        STOPPED_FOR_JOB,
        /** The worker began to stop while it ran. */
        STOPPED_FOR_SHUTDOWN,
        /** It failed (and was logged); jobs run as they would have without it. */
        FAILED,
        /** Turned off ({@code reelforge.media.warm-up=false}). */
        DISABLED
    }

    private void stopIfWanted() {
        if (stopWanted.getCount() == 0) {
            throw new Stopped();
        }
    }

    private static boolean stopped(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof Stopped) {
                return true;
            }
        }
        return false;
    }

    /** Unwinds the warm-up from its progress report when a job needs the cores or the worker stops; never leaves this
     * class. */
    private static final class Stopped extends RuntimeException {
        Stopped() {
            super(null, null, false, false);
        }
    }
}
