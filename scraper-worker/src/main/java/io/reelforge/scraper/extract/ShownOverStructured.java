package io.reelforge.scraper.extract;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * Where what the page shows beats what its structured data says. Structured data is the stronger source field by
 * field, but for two fields stores often leave it describing something else: the SKU of the selected variant
 * while the page shows the product's reference, and a stock state left at InStock when the product sold out.
 */
final class ShownOverStructured {

    private ShownOverStructured() {
    }

    /**
     * The first source's SKU, except that a reference the page shows ("Item #5354134") beats a structured one it
     * does not show (Nordstrom's microdata names the selected size's 98837511); and never the price's digits.
     *
     * @param shown what the plain HTML found
     */
    static @Nullable String sku(@Nullable String first, PartialProduct shown, PageContext page,
            @Nullable Money price) {
        String sku = first;
        if (sku != null && shown.sku() != null && !shown.sku().equalsIgnoreCase(sku)) {
            String text = page.bodyText();
            if (text.contains(shown.sku()) && !text.contains(sku)) {
                sku = shown.sku();
            }
        }
        return sku != null && price != null && isPrice(sku, price.amount()) ? null : sku;
    }

    /**
     * The first source's stock state, except that a buy box saying sold out on a page with no enabled add-to-cart
     * control anywhere is out of stock whatever the structured data says.
     */
    static @Nullable String availability(@Nullable String first, PartialProduct shown, PageContext page) {
        if (first != null && !Availability.isOut(first) && Availability.isOut(shown.availability())
                && BuyBox.purchaseControl(page).filter(control -> !BuyBox.isDisabled(control)).isEmpty()) {
            return shown.availability();
        }
        return first;
    }

    /** "29.99" or "2999" for a price of 29.99. */
    private static boolean isPrice(String sku, BigDecimal price) {
        return sku.equals(price.toPlainString())
                || sku.equals(price.movePointRight(2).setScale(0, RoundingMode.DOWN).toPlainString());
    }
}
