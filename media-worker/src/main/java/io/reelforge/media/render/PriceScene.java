package io.reelforge.media.render;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Which scene gets the price badge: the one the script marks with the emphasis {@code price}, otherwise the first
 * whose narration says the price's number; none (-1) when the product has no price or no scene talks about it.
 */
public final class PriceScene {

    public static final String EMPHASIS = "price";

    private PriceScene() {
    }

    /** @param emphases each scene's emphasis (may be null); @param narrations each scene's narration */
    public static int find(List<@Nullable String> emphases, List<String> narrations, @Nullable BigDecimal price) {
        if (price == null) {
            return -1;
        }
        for (int i = 0; i < emphases.size(); i++) {
            String emphasis = emphases.get(i);
            if (emphasis != null && emphasis.strip().toLowerCase(Locale.ROOT).equals(EMPHASIS)) {
                return i;
            }
        }
        String plain = price.stripTrailingZeros().toPlainString();
        Pattern whole = Pattern.compile("(?<![\\d.,])" + Pattern.quote(price.toBigInteger().toString()) + "(?![\\d])");
        for (int i = 0; i < narrations.size(); i++) {
            String said = narrations.get(i);
            if (said.contains(plain) || whole.matcher(said).find()) {
                return i;
            }
        }
        return -1;
    }
}
