package io.reelforge.common.job;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fonts Reelforge ships, by the short stable name a brand kit uses ({@code BrandKit.font}). One list for every
 * side: the gateway accepts only these names (and lists them at {@code GET /api/v1/brand/fonts}), the media worker
 * draws with them, and the web console previews a kit with them (the gateway serves them at
 * {@code /console/fonts/<id>.ttf}). The files are this module's resources under {@code fonts/}, one copy for all,
 * each with its licence beside it. Never rename one: kits stored in Redis and jobs in flight name them.
 *
 * @param id what clients write
 * @param family the typeface and weight drawn
 * @param file the TrueType file under {@code fonts/}
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

    private static final String FOLDER = "/fonts/";

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

    /** The TrueType file's path on the class path, for {@code Class.getResourceAsStream}. */
    public String resource() {
        return FOLDER + file;
    }

    /** The licence's path on the class path. */
    public String licenceResource() {
        return FOLDER + licenceFile;
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
