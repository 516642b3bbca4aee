package io.reelforge.common.testing;

import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.script.Scene;
import io.reelforge.common.script.VideoScript;
import java.math.BigDecimal;
import java.util.List;

/** Small hand-made products and scripts for tests that do not need a real page. */
public final class Products {

    private Products() {
    }

    public static ProductDetails aProduct(List<String> images) {
        return new ProductDetails("Aurora Ceramic Pour-Over Set", "A hand-glazed dripper and carafe for slow mornings.",
                "Northfield", new BigDecimal("49.00"), "USD", "InStock", "AUR-1", images,
                List.of("Hand-glazed stoneware", "Fits standard #2 filters", "600 ml glass carafe"),
                "https://shop.example/products/aurora");
    }

    public static VideoScript aScript(int scenes) {
        List<Scene> list = new java.util.ArrayList<>();
        for (int i = 0; i < scenes; i++) {
            list.add(new Scene("Scene number " + (i + 1) + " is short.", "Scene " + (i + 1), i, null));
        }
        return new VideoScript("en", "Aurora", "Meet Aurora.", list, "Shop now.");
    }
}
