package io.reelforge.script.write;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The tones the offline writer has phrases for. A client's free-text tone ("bold and upbeat", "luxurious") is read
 * into the nearest one by its words; anything unrecognised is friendly.
 */
public enum Tone {
    ENERGETIC, PREMIUM, FRIENDLY, PLAYFUL, INFORMATIVE;

    private static final Map<Tone, Pattern> WORDS = Map.of(
            ENERGETIC, Pattern.compile("energ|excit|bold|upbeat|dynamic|hype|punchy|urgent|enthusias"),
            PREMIUM, Pattern.compile("premium|luxur|elegan|sophistic|refined|upscale|classy|exclusive"),
            PLAYFUL, Pattern.compile("play|fun|witty|humor|humour|quirky|cheeky|light-?hearted|silly"),
            INFORMATIVE, Pattern.compile("inform|educat|factual|professional|neutral|calm|expert|technical|serious"));

    public static Tone of(@Nullable String requested) {
        if (requested == null || requested.isBlank()) {
            return FRIENDLY;
        }
        String lower = requested.toLowerCase(Locale.ROOT);
        for (Tone tone : new Tone[] {ENERGETIC, PREMIUM, PLAYFUL, INFORMATIVE}) {
            if (WORDS.get(tone).matcher(lower).find()) {
                return tone;
            }
        }
        return FRIENDLY;
    }
}
