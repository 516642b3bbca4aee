package io.reelforge.standalone.cli;

import picocli.CommandLine.Option;

/** The video options {@code make} and {@code batch} share, as command-line flags; the gateway validates them. */
final class RenderChoiceOptions {

    @Option(names = "--language", description = "the script's and narration's language, BCP 47, e.g. de (default:"
            + " the gateway's, en)")
    String language;

    @Option(names = "--tone", description = "how the script sounds, e.g. energetic (default: the writer's)")
    String tone;

    @Option(names = "--voice", description = "a voice of the narrator for the language, e.g. nova with OpenAI speech"
            + " (default: the narrator's)")
    String voice;

    @Option(names = "--narration", description = "voice, or none for captions and music timed at a reading pace"
            + " (default: voice)")
    String narration;

    @Option(names = "--caption-style", description = "highlight (the spoken word picked out) or plain (default:"
            + " highlight)")
    String captionStyle;

    @Option(names = "--format", description = "9:16, 9:16@1080, 1:1, 4:5, 16:9 or 16:9@720 (default: the media"
            + " worker's, 9:16 unless configured)")
    String format;

    @Option(names = "--captions", negatable = true, description = "burn captions into the picture, or not with"
            + " --no-captions (default: the media worker's, captions on unless configured)")
    Boolean captions;

    @Option(names = "--music-url", description = "background music, an http(s) URL the media worker may fetch")
    String musicUrl;

    RenderChoices choices() {
        return new RenderChoices(language, tone, voice, narration, captionStyle, format, captions, musicUrl);
    }
}
