package io.reelforge.standalone.demo.catalog;

import io.reelforge.standalone.demo.art.Look;
import java.awt.Color;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Makes product number {@code i} of a seed's catalog, from the seed and {@code i} alone, so that a catalog's first N
 * products do not depend on its size. Families take turns (in an order the seed shuffles); within a family, the
 * k-th product's (series, model, colour) is {@code (a·k + b) mod combinations} with {@code a} coprime to the number
 * of combinations: a permutation, so names never repeat until every combination is used, after which an edition
 * number keeps them apart. {@link java.util.Random} is used for its specified, stable sequence.
 */
final class ProductMaker {

    /** One product in this many is out of stock, evenly spread (where the run starts depends on the seed). */
    static final int OUT_OF_STOCK_EVERY = 20;
    /** About one in-stock product in this many is on sale. */
    static final int ON_SALE_EVERY = 6;

    private static final List<String> SERIES = List.of("Aster", "Harbor", "Ridge", "Nova", "Juniper", "Solstice",
            "Cascade", "Drift", "Ember", "Fjord", "Orbit", "Pioneer", "Tundra", "Vale", "Willow", "Zephyr");
    private static final Color LIGHT_TOP = new Color(246, 245, 241);
    private static final Color LIGHT_BOTTOM = new Color(212, 210, 204);
    private static final Color DARK_TOP = new Color(62, 64, 70);
    private static final Color DARK_BOTTOM = new Color(18, 19, 22);

    private final long seed;
    private final List<ProductFamily> families;
    private final long[] steps;
    private final long[] offsets;
    private final int stockOffset;

    ProductMaker(long seed) {
        this.seed = seed;
        Random random = new Random(seed);
        List<ProductFamily> order = new ArrayList<>(List.of(ProductFamily.values()));
        Collections.shuffle(order, random);
        this.families = List.copyOf(order);
        this.steps = new long[families.size()];
        this.offsets = new long[families.size()];
        for (int f = 0; f < families.size(); f++) {
            long combinations = combinations(families.get(f));
            long step = 1 + random.nextInt((int) combinations - 1);
            while (BigInteger.valueOf(step).gcd(BigInteger.valueOf(combinations)).intValue() != 1) {
                step++;
            }
            steps[f] = step;
            offsets[f] = random.nextInt((int) combinations);
        }
        this.stockOffset = random.nextInt(OUT_OF_STOCK_EVERY);
    }

    CatalogProduct make(int index) {
        int f = index % families.size();
        ProductFamily family = families.get(f);
        int k = index / families.size();
        long combinations = combinations(family);
        long combination = (steps[f] * (k % combinations) + offsets[f]) % combinations;
        long edition = k / combinations + 1;
        Palette palette = Palette.ALL.get((int) (combination % Palette.ALL.size()));
        long rest = combination / Palette.ALL.size();
        String model = family.models().get((int) (rest % family.models().size()));
        String series = SERIES.get((int) (rest / family.models().size()));
        String edited = edition > 1 ? model + " Edition " + edition : model;
        String name = series + " " + edited + " " + family.noun() + ", " + palette.name();

        Random random = new Random(mix(seed * 0x9E3779B97F4A7C15L + index));
        BigDecimal price = pricePoint(family.lowestPrice()
                + random.nextDouble() * (family.highestPrice() - family.lowestPrice()), random);
        boolean inStock = (index + stockOffset) % OUT_OF_STOCK_EVERY != 0;
        BigDecimal salePrice = null;
        if (random.nextInt(ON_SALE_EVERY) == 0 && inStock) {
            double factor = 0.7 + 0.15 * random.nextDouble();
            salePrice = price.multiply(BigDecimal.valueOf(factor)).setScale(0, RoundingMode.FLOOR)
                    .add(new BigDecimal("0.99"));
        }
        String description = family.description().formatted(series, edited, palette.name().toLowerCase(Locale.ROOT));
        List<String> features = features(family, random);
        List<Look> shots = shots(palette, 2 + random.nextInt(3), random);
        String sku = "%s-%05d".formatted(family.code(), index + 1);
        return new CatalogProduct(index, slug(name), sku, family, name, description, features, price, salePrice,
                inStock, palette, shots);
    }

    private static long combinations(ProductFamily family) {
        return (long) SERIES.size() * family.models().size() * Palette.ALL.size();
    }

    /** Prices as shops set them: 129.00 and 249.00 above 100 dollars; 24.99, 18.50 or 32.00 below. */
    private static BigDecimal pricePoint(double amount, Random random) {
        if (amount >= 100) {
            return BigDecimal.valueOf(Math.round(amount / 10) * 10 - 1).setScale(2);
        }
        int[] cents = {0, 50, 95, 99};
        return BigDecimal.valueOf((long) amount * 100 + cents[random.nextInt(cents.length)], 2);
    }

    /** One alternative from each of four of the family's five feature slots, in the slots' order. */
    private static List<String> features(ProductFamily family, Random random) {
        List<List<String>> slots = family.featureSlots();
        int left = random.nextInt(slots.size());
        List<String> features = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            String feature = slots.get(i).get(random.nextInt(slots.get(i).size()));
            if (i != left) {
                features.add(feature);
            }
        }
        return features;
    }

    /** The hero shot on the colourway's backdrop, then a light studio, a dark close-up, the accent colour. */
    private static List<Look> shots(Palette p, int count, Random random) {
        double variant = random.nextDouble();
        List<Look> shots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            double jitter = random.nextDouble();
            shots.add(switch (i) {
                case 0 -> new Look(p.main(), p.accent(), p.backdropTop(), p.backdropBottom(), 0.8 + 0.06 * jitter,
                        -6 + 12 * jitter, false, variant);
                case 1 -> new Look(p.main(), p.accent(), LIGHT_TOP, LIGHT_BOTTOM, 0.7 + 0.06 * jitter,
                        -3 + 6 * jitter, true, variant);
                case 2 -> new Look(p.main(), p.accent(), DARK_TOP, DARK_BOTTOM, 0.94 + 0.06 * jitter,
                        -10 + 20 * jitter, false, variant);
                default -> new Look(p.main(), p.accent(), p.accent().brighter(), p.accent().darker(),
                        0.76 + 0.06 * jitter, -5 + 10 * jitter, true, variant);
            });
        }
        return shots;
    }

    /** SplitMix64's finaliser: neighbouring indices get unrelated seeds (Random's first draws follow its seed). */
    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }
}
