package io.reelforge.script.template;

import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.testing.Products;
import java.math.BigDecimal;
import java.util.List;

/** Hand-made products covering what stores really send: rich, sparse, messy. */
final class TestProducts {

    private TestProducts() {
    }

    static List<String> images(int count) {
        return java.util.stream.IntStream.range(0, count).mapToObj(i -> "https://shop.example/img/" + i + ".jpg")
                .toList();
    }

    /** Common's fixture: three features, a one-sentence description, 49.00 USD. */
    static ProductDetails aurora() {
        return Products.aProduct(images(3));
    }

    /** A long description, many features, a price with cents, two images. */
    static ProductDetails daypack() {
        return new ProductDetails("Trailhead 20L Daypack - Lightweight Hiking Backpack | Summit Gear Co.",
                """
                The Trailhead 20L is the pack you grab for every day hike and city commute. Its 420D recycled \
                nylon shell sheds light rain, and the padded back panel keeps you cool on long climbs. \
                A sleeve fits a 3 liter hydration bladder or a 15 inch laptop. Free shipping on orders over 50 \
                dollars. Weighing just 620 grams, it disappears on your back until you need it. \
                Click here to read our return policy.""",
                "Summit Gear", new BigDecimal("19.99"), "USD", "InStock", "TH-20", images(2),
                List.of("420D recycled nylon shell", "Padded, ventilated back panel", "Hydration sleeve: 3 L",
                        "Two side mesh pockets", "Reflective strap details", "Lifetime warranty"),
                "https://shop.example/trailhead");
    }

    /** Nothing but a title: no images, no price, no features, no description. */
    static ProductDetails bare() {
        return new ProductDetails("Plain Linen Napkin", null, null, null, null, null, null, List.of(), List.of(),
                null);
    }

    /** A store's HTML and emoji in the description, a price in euros, many images. */
    static ProductDetails messy() {
        return new ProductDetails("The Solis Desk Lamp (Warm White)",
                "<p>🔥 <b>NEW!</b> The Solis lamp gives you soft, even light for late nights!!! 💡</p>"
                        + "<ul><li>Dimmable in 5 steps</li></ul> Visit https://solis.example/lamp for more. "
                        + "**Touch control** lets you change the mood with one tap.",
                "Solis", new BigDecimal("89.50"), "EUR", null, null, images(8),
                List.of("✨ Touch dimmer", "USB-C charging port"), null);
    }

    /**
     * The demo store's product ({@code standalone}'s {@code SampleStore}) as the scraper reads its page: four
     * sentences of description and four feature bullets, enough for about 40 s of narration.
     */
    static ProductDetails halcyon() {
        return new ProductDetails("Halcyon ANC Wireless Headphones", "Quiet the commute and hear every detail."
                + " Halcyon's adaptive noise cancelling tunes itself to the room around you, while custom 40 mm drivers"
                + " deliver rich, balanced sound. Memory-foam cushions stay comfortable for hours, and a single charge"
                + " lasts up to 40 hours.", "Halcyon Audio", new BigDecimal("249.00"), "USD", "InStock", "HAL-ANC-01",
                images(4), List.of("Adaptive noise cancelling that adjusts to your surroundings",
                        "Up to 40 hours of battery life on a single charge",
                        "Custom 40 mm drivers for rich, balanced sound",
                        "Memory-foam cushions for all-day comfort"),
                "http://127.0.0.1/products/halcyon-anc-headphones");
    }
}
