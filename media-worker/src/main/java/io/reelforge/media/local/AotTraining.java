package io.reelforge.media.local;

import io.reelforge.media.MediaWorkerApplication;
import io.reelforge.media.image.DrawnProductPicture;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * The training run of the container image's JDK AOT cache (see the Dockerfile): what a new media worker does first,
 * done once while the image is built, so that the cache holds the classes it loads and, from JDK 25 on, the JIT's
 * profiles of its hot code. A worker's first job then runs about as fast as its tenth. It renders a short narrated
 * video from two pictures it draws (MaryTTS, the render's per-pixel loops, FFmpeg), then starts the worker's
 * application context up to its refresh, where Spring ends the JVM ({@code spring.context.exit=onRefresh}): before
 * anything connects to Kafka or Redis, which an image build does not have.
 */
public final class AotTraining {

    private AotTraining() {
    }

    public static void main(String[] args) throws IOException {
        renderSample(Files.createTempDirectory("reelforge-aot-training"));
        System.setProperty("spring.context.exit", "onRefresh");
        MediaWorkerApplication.main(args);
    }

    /** Renders the training's video, in the worker's default size, into {@code dir}, its pictures and spec beside it. */
    static LocalRender.Result renderSample(Path dir) throws IOException {
        ImageIO.write(DrawnProductPicture.draw(1200, 1200, new Color(0x1b2a49), new Color(0xd94f30)), "jpg", dir.resolve("a.jpg").toFile());
        ImageIO.write(DrawnProductPicture.draw(900, 1200, new Color(0xf2e6d9), new Color(0x2f4858)), "png", dir.resolve("b.png").toFile());
        Files.writeString(dir.resolve("spec.json"), """
                {"title": "Aurora Smartwatch", "brand": "Aurora", "price": 199, "currency": "USD",
                 "callToAction": "Order today", "images": ["a.jpg", "b.png"],
                 "scenes": [{"narration": "Meet the Aurora smartwatch, bright in full sunlight.", "image": 0},
                            {"narration": "Just 199 dollars, with free shipping.", "image": 1, "emphasis": "price"}]}
                """);
        return LocalRender.render(dir.resolve("spec.json"), dir.resolve("training.mp4"), LocalRender.Options.defaults());
    }
}
