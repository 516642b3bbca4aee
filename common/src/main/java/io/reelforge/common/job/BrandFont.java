package io.reelforge.common.job;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fonts the media worker ships, by the short stable name a brand kit uses ({@code BrandKit.font}). One list for
 * both sides: the gateway accepts only these names (and lists them at {@code GET /api/v1/brand/fonts}), and the
 * media worker loads each from its {@code fonts/} resources, where its licence lies beside it. Never rename one: kits
 * stored in Redis and jobs in flight name them.
 *
 * @param id what clients write
 * @param family the typeface and weight drawn
 * @param file the TrueType file under the media worker's {@code fonts/}
 * @param licenceFile the licence beside it
 */
public enum BrandFont {
    DEJAVU_SANS("dejavu-sans", "DejaVu Sans Bold", "DejaVuSans-Bold.ttf", "DejaVuSans-LICENSE.txt",
            "A sturdy, wide sans serif with very broad coverage; the default look",
            List.of("Latin", "Greek", "Cyrillic", "Armenian", "Georgian", "Hebrew", "Arabic"),
            "DejaVu Fonts License (Bitstream Vera licence, free to use, embed and redistribute)"),
    NOTO_SANS("noto-sans", "Noto Sans Bold", "NotoSans-Bold.ttf", "NotoSans-OFL.txt",
            "Google's neutral, modern humanist sans serif", List.of("Latin", "Greek", "Cyrillic"),
            "SIL Open Font License 1.1"),
    COMFORTAA("comfortaa", "Comfortaa Bold", "Comfortaa-Bold.ttf", "Comfortaa-OFL.txt",
            "A rounded geometric display face, friendly and light", List.of("Latin", "Greek", "Cyrillic"),
            "SIL Open Font License 1.1");

    /** The font of a video whose kit names none: today's look. */
    public static final BrandFont DEFAULT = DEJAVU_SANS;

    private final String id;
    private final String family;
    private final String file;
    private final String licenceFile;
    private final String description;
    private final List<String> scripts;
    private final String licence;

    BrandFont(String id, String family, String file, String licenceFile, String description, List<String> scripts,
            String licence) {
        this.id = id;
        this.family = family;
        this.file = file;
        this.licenceFile = licenceFile;
        this.description = description;
        this.scripts = scripts;
        this.licence = licence;
    }

    public String id() {
        return id;
    }

    public String family() {
        return family;
    }

    public String file() {
        return file;
    }

    public String licenceFile() {
        return licenceFile;
    }

    public String description() {
        return description;
    }

    /** The writing systems it has glyphs for. */
    public List<String> scripts() {
        return scripts;
    }

    public String licence() {
        return licence;
    }

    /** The font of this name, whatever its case. */
    public static Optional<BrandFont> find(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.id.equals(wanted)).findFirst();
    }

    /** Every name, for messages that list what may be chosen. */
    public static List<String> ids() {
        return Arrays.stream(values()).map(BrandFont::id).toList();
    }
}
