package io.reelforge.media.local;

import io.reelforge.common.job.BrandKit;
import io.reelforge.common.job.CaptionStyle;
import io.reelforge.media.MediaProperties;
import io.reelforge.media.brand.BrandLook;
import io.reelforge.media.brand.LogoSource;
import io.reelforge.media.image.ImageDecoder;
import io.reelforge.media.image.UnusableImageException;
import io.reelforge.media.local.RenderSpec.SceneSpec;
import io.reelforge.media.render.PreparedVideo;
import io.reelforge.media.render.PriceScene;
import io.reelforge.media.render.RenderPlan;
import io.reelforge.media.render.RenderedVideo;
import io.reelforge.media.render.VideoFormat;
import io.reelforge.media.render.VideoRenderer;
import io.reelforge.media.render.VideoTexts;
import io.reelforge.media.speech.AudioFiles;
import io.reelforge.media.speech.NarrationTrack;
import io.reelforge.media.speech.Narrator;
import io.reelforge.media.speech.PcmAudio;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a {@link RenderSpec} from local files: images decoded as the worker decodes downloads (unusable ones
 * skipped with a warning), narration spoken or read from a file, then the same {@link VideoRenderer} as the worker.
 */
public final class SpecRenderer {

    private static final Logger log = LoggerFactory.getLogger(SpecRenderer.class);
    private static final int RATE = MediaProperties.AUDIO_SAMPLE_RATE;
    private static final long LOGO_MAX_PIXELS = 50_000_000;

    private final ImageDecoder decoder;
    private final Supplier<Narrator> narrator;
    private final VideoRendererFactory renderers;
    private final Duration breath;

    /**
     * Makes the renderer for a frame size (the encoder is sized per render); asked before the images are read, so
     * the same renderer prepares and encodes.
     */
    @FunctionalInterface
    public interface VideoRendererFactory {
        VideoRenderer forFormat(VideoFormat format);
    }

    /** @param narrator asked for only when a scene is to be spoken (MaryTTS takes a second to start) */
    public SpecRenderer(ImageDecoder decoder, Supplier<Narrator> narrator, VideoRendererFactory renderers,
            Duration breath) {
        this.decoder = decoder;
        this.narrator = narrator;
        this.renderers = renderers;
        this.breath = breath;
    }

    /**
     * @param specDir relative paths in the spec resolve against it
     * @param workDir where the video, thumbnail and caption files are written
     * @param formatOverride a format name that wins over the spec's, or null
     */
    public RenderedVideo render(RenderSpec spec, Path specDir, Path workDir, String formatOverride,
            Boolean captionsOverride, DoubleConsumer progress) throws IOException {
        String formatName = formatOverride != null ? formatOverride : spec.format();
        VideoFormat format = formatName == null ? VideoFormat.VERTICAL : VideoFormat.parse(formatName);
        VideoRenderer renderer = renderers.forFormat(format);
        // prepared in a method of its own: once it returns, no frame holds the decoded images (the interpreter keeps
        // every local of a live frame reachable), so they are garbage during the encode
        PreparedVideo prepared = prepare(renderer, format, spec, specDir, workDir, captionsOverride);
        return renderer.encode(prepared, workDir, progress);
    }

    /**
     * Decodes the images, narrates (or reads the narration), and prepares the video: the pictures and the plan live
     * only in this frame.
     */
    private PreparedVideo prepare(VideoRenderer renderer, VideoFormat format, RenderSpec spec, Path specDir,
            Path workDir, Boolean captionsOverride) throws IOException {
        Map<Integer, BufferedImage> images = loadImages(spec, specDir);
        if (images.isEmpty()) {
            throw new IOException("none of the " + spec.images().size() + " images of the spec is usable");
        }
        List<SceneSpec> scenes = spec.scenes().isEmpty() ? silentScenes(spec) : spec.scenes();
        List<String> texts = scenes.stream().map(s -> s.narration() == null ? "" : s.narration()).toList();
        NarrationTrack narration = spec.narrationAudio() == null
                ? NarrationTrack.speak(narrator.get(), texts, breath, RATE, f -> { })
                : recorded(specDir.resolve(spec.narrationAudio()), texts);
        List<Integer> usable = List.copyOf(images.keySet());
        List<BufferedImage> pictures = new ArrayList<>();
        for (SceneSpec scene : scenes) {
            int index = images.containsKey(scene.image()) ? scene.image()
                    : usable.get(Math.floorMod(scene.image(), usable.size()));
            pictures.add(images.get(index));
        }
        boolean captions = captionsOverride != null ? captionsOverride : spec.captions() == null || spec.captions();
        VideoTexts cards = new VideoTexts(spec.title(), spec.brand(), VideoTexts.price(spec.price(), spec.currency()),
                spec.callToAction());
        int priceScene = PriceScene.find(scenes.stream().map(SceneSpec::emphasis).toList(), texts, spec.price());
        PcmAudio music = spec.music() == null ? null : AudioFiles.decode(specDir.resolve(spec.music()), RATE);
        CaptionStyle captionStyle = spec.captionStyle() == null ? CaptionStyle.HIGHLIGHT
                : CaptionStyle.find(spec.captionStyle()).orElseThrow(() -> new IOException("captionStyle must be "
                        + "highlight or plain, not '" + spec.captionStyle() + "'"));
        RenderPlan plan = new RenderPlan(format, pictures, texts, priceScene, narration, cards, captions, captionStyle,
                music, look(spec.brandKit(), specDir));
        Files.createDirectories(workDir);
        return renderer.prepare(plan, workDir);
    }

    /** The spec's kit as a job's would look; a logo file that cannot be read is left out, with a warning. */
    private static BrandLook look(RenderSpec.@Nullable BrandKitSpec kit, Path specDir) {
        if (kit == null) {
            return BrandLook.DEFAULT;
        }
        BufferedImage logo = null;
        if (kit.logo() != null) {
            try {
                logo = LogoSource.read(Files.readAllBytes(specDir.resolve(kit.logo())), LOGO_MAX_PIXELS);
            } catch (IOException | UnusableImageException e) {
                log.warn("logo {} skipped: {}", kit.logo(), e.getMessage());
            }
        }
        return BrandLook.of(new BrandKit(null, kit.primaryColor(), kit.accentColor(), kit.font()), logo);
    }

    /** The usable images by their index in the spec, decoded side by side. */
    private Map<Integer, BufferedImage> loadImages(RenderSpec spec, Path specDir) {
        List<BufferedImage> decoded = IntStream.range(0, spec.images().size()).parallel()
                .mapToObj(i -> decodeOrSkip(i, spec.images().get(i), specDir)).toList();
        Map<Integer, BufferedImage> images = new TreeMap<>();
        for (int i = 0; i < decoded.size(); i++) {
            if (decoded.get(i) != null) {
                images.put(i, decoded.get(i));
            }
        }
        return images;
    }

    private @Nullable BufferedImage decodeOrSkip(int index, String source, Path specDir) {
        try {
            return decoder.decode(Files.readAllBytes(specDir.resolve(source)));
        } catch (IOException | UnusableImageException e) {
            log.warn("image {} ({}) skipped: {}", index, source, e.getMessage());
            return null;
        }
    }

    private static List<SceneSpec> silentScenes(RenderSpec spec) {
        List<SceneSpec> scenes = new ArrayList<>();
        for (int i = 0; i < spec.images().size(); i++) {
            scenes.add(new SceneSpec("", i, null));
        }
        return scenes;
    }

    /** A recorded narration cut into scenes in proportion to their texts (equal parts when all are empty). */
    static NarrationTrack recorded(Path file, List<String> texts) throws IOException {
        PcmAudio audio = AudioFiles.decode(file, RATE);
        double[] weights = texts.stream().mapToDouble(t -> t.isBlank() ? 0 : t.strip().length()).toArray();
        double total = java.util.Arrays.stream(weights).sum();
        List<Integer> lengths = new ArrayList<>();
        int given = 0;
        double done = 0;
        for (int i = 0; i < texts.size(); i++) {
            done += total > 0 ? weights[i] / total : 1.0 / texts.size();
            int end = i == texts.size() - 1 ? audio.length() : (int) Math.round(done * audio.length());
            lengths.add(end - given);
            given = end;
        }
        return NarrationTrack.ofScenes(audio, lengths);
    }
}
