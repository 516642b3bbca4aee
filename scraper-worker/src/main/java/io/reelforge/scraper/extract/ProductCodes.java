package io.reelforge.scraper.extract;

import java.math.BigDecimal;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Product identifiers and review figures as stores write them: checked, so junk never reaches a product. */
final class ProductCodes {

    private ProductCodes() {
    }

    /** A GTIN-8, -12, -13 or -14 (UPC, EAN, ISBN-13), digits only; null for anything else. */
    static @Nullable String gtin(@Nullable String value) {
        String cleaned = Text.clean(value);
        if (cleaned == null) {
            return null;
        }
        String digits = cleaned.replaceAll("[\\s-]", "");
        if (!digits.matches("\\d{8}|\\d{12,14}") || digits.chars().allMatch(c -> c == '0')) {
            return null;
        }
        return digits;
    }

    /**
     * A store's reference for a product: 2 to 40 letters, digits and {@code . _ / -}, with a digit or made of
     * several parts ({@code OP-BLUE}); a single word such as "Black" or "Default" is a label's neighbour, not a
     * SKU. Not a template ({@code $sku$}, <code>{{sku}}</code>), not all zeros, not "n/a"; null for anything else.
     */
    static @Nullable String sku(@Nullable String value) {
        String cleaned = Text.clean(value);
        if (cleaned == null || cleaned.length() < 2 || cleaned.length() > 40
                || !cleaned.matches("[A-Za-z0-9][A-Za-z0-9._/-]*") || cleaned.matches("[0._/-]+")
                || cleaned.matches("\\d{1,3}([.,]\\d{2})")) {
            return null;
        }
        boolean hasDigit = cleaned.matches(".*\\d.*");
        boolean severalParts = cleaned.matches("[A-Za-z]{2,}(?:[._/-][A-Za-z]{2,})+");
        return hasDigit || severalParts ? cleaned : null;
    }

    /** An average rating: a positive number of at most 100 (some stores rate out of 100). */
    static @Nullable BigDecimal rating(@Nullable String value) {
        Optional<BigDecimal> number = number(value);
        return number.filter(n -> n.signum() > 0 && n.compareTo(BigDecimal.valueOf(100)) <= 0).orElse(null);
    }

    static @Nullable Integer count(@Nullable String value) {
        String cleaned = Text.clean(value);
        if (cleaned == null) {
            return null;
        }
        String digits = cleaned.replaceAll("[\\s,.'’]", "");
        if (!digits.matches("\\d{1,9}")) {
            return null;
        }
        return Integer.parseInt(digits);
    }

    private static Optional<BigDecimal> number(@Nullable String value) {
        String cleaned = Text.clean(value);
        if (cleaned == null || !cleaned.matches("\\d{1,3}([.,]\\d{1,4})?")) {
            return Optional.empty();
        }
        BigDecimal number = new BigDecimal(cleaned.replace(',', '.')).stripTrailingZeros();
        return Optional.of(number.scale() < 0 ? number.setScale(0) : number);
    }
}
