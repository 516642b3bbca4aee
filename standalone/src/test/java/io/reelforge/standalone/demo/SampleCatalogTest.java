package io.reelforge.standalone.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.standalone.demo.catalog.CatalogImages;
import io.reelforge.standalone.demo.catalog.CatalogProduct;
import io.reelforge.standalone.demo.catalog.ProductFamily;
import io.reelforge.standalone.demo.catalog.SampleCatalog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class SampleCatalogTest {

    /** Larger than the 7 × 2,048 names the families have before edition numbers are needed. */
    private static final SampleCatalog LARGE = SampleCatalog.generate(15_000);

    @Test
    void theSameSeedGivesTheSameCatalog() {
        assertThat(SampleCatalog.generate(300, 7).products()).isEqualTo(SampleCatalog.generate(300, 7).products());
        assertThat(names(SampleCatalog.generate(50, 7).products()))
                .isNotEqualTo(names(SampleCatalog.generate(50, 8).products()));
    }

    @Test
    void theFirstProductsOfALargerCatalogAreTheSmallerCatalog() {
        assertThat(LARGE.first(200)).isEqualTo(SampleCatalog.generate(200).products());
    }

    @Test
    void namesSlugsSkusAndDescriptionsAreDistinctEvenPastEveryCombination() {
        List<CatalogProduct> products = LARGE.products();
        for (Function<CatalogProduct, String> field : List.<Function<CatalogProduct, String>>of(CatalogProduct::name,
                CatalogProduct::slug, CatalogProduct::sku, CatalogProduct::description)) {
            assertThat(products.stream().map(field).distinct().count()).isEqualTo(products.size());
        }
        assertThat(products).anyMatch(p -> p.name().contains(" Edition 2"));
        assertThat(products).allMatch(p -> p.slug().matches("[a-z0-9]+(-[a-z0-9]+)*"));
    }

    @Test
    void familiesTakeTurnsSoEvenASmallCatalogHasEveryKindOfProduct() {
        List<CatalogProduct> first = SampleCatalog.generate(ProductFamily.values().length).products();
        assertThat(first.stream().map(CatalogProduct::family)).containsExactlyInAnyOrder(ProductFamily.values());
    }

    @Test
    void pricesAreRealisticAndVaried() {
        Map<ProductFamily, Set<BigDecimal>> pricesByFamily = new EnumMap<>(ProductFamily.class);
        for (CatalogProduct product : LARGE.products()) {
            assertThat(product.price().scale()).isEqualTo(2);
            assertThat(product.price()).isBetween(new BigDecimal("9.00"), new BigDecimal("650.00"));
            pricesByFamily.computeIfAbsent(product.family(), f -> new HashSet<>()).add(product.price());
        }
        assertThat(pricesByFamily).hasSize(ProductFamily.values().length);
        assertThat(pricesByFamily.values()).allSatisfy(prices -> assertThat(prices).hasSizeGreaterThan(10));
        // a mug costs less than a watch
        assertThat(max(pricesByFamily.get(ProductFamily.MUG))).isLessThan(min(pricesByFamily.get(ProductFamily.WATCH)));
    }

    @Test
    void oneProductInTwentyIsOutOfStockAndNeverOnSale() {
        for (int size : new int[] {200, 10_000}) {
            List<CatalogProduct> products = LARGE.first(size);
            assertThat(products.stream().filter(p -> !p.inStock()).count()).isEqualTo(size / 20);
        }
        assertThat(LARGE.products()).filteredOn(p -> !p.inStock()).allMatch(p -> p.salePrice() == null);
    }

    @Test
    void someProductsAreOnSaleBelowTheirPrice() {
        List<CatalogProduct> onSale = LARGE.first(200).stream().filter(p -> p.salePrice() != null).toList();
        assertThat(onSale).hasSizeBetween(15, 60);
        assertThat(onSale).allSatisfy(p -> {
            assertThat(p.salePrice()).isLessThan(p.price());
            assertThat(p.currentPrice()).isEqualTo(p.salePrice());
        });
    }

    @Test
    void everyProductHasTwoToFourPhotosAndFourFeatures() {
        assertThat(LARGE.products()).allSatisfy(p -> {
            assertThat(p.imageCount()).isBetween(2, 4);
            assertThat(p.features()).hasSize(4).doesNotHaveDuplicates();
        });
        assertThat(LARGE.first(100).stream().map(CatalogProduct::imageCount).collect(Collectors.toSet()))
                .containsExactlyInAnyOrder(2, 3, 4);
    }

    @Test
    void photosDifferAcrossFamiliesProductsAndShots() throws Exception {
        List<CatalogProduct> oneOfEachFamily = SampleCatalog.generate(ProductFamily.values().length).products();
        CatalogImages images = new CatalogImages(CatalogImages.DEFAULT_MAX_BYTES);
        List<byte[]> photos = new ArrayList<>();
        for (CatalogProduct product : oneOfEachFamily) {
            photos.add(images.jpeg(product, 1));
        }
        photos.add(images.jpeg(oneOfEachFamily.getFirst(), 2));
        Set<String> distinct = photos.stream().map(java.util.Arrays::toString).collect(Collectors.toSet());
        assertThat(distinct).hasSize(photos.size());
        for (byte[] photo : photos) {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(photo));
            assertThat(image.getWidth()).isEqualTo(CatalogImages.SIZE);
            assertThat(image.getHeight()).isEqualTo(CatalogImages.SIZE);
        }
    }

    @Test
    void aPhotoIsDrawnOnceAndThenServedFromTheCache() {
        CatalogProduct product = SampleCatalog.generate(1).products().getFirst();
        CatalogImages images = new CatalogImages(CatalogImages.DEFAULT_MAX_BYTES);

        byte[] first = images.jpeg(product, 1);

        assertThat(images.jpeg(product, 1)).isSameAs(first);
        assertThat(images.drawn()).isEqualTo(1);
    }

    @Test
    void theCacheKeepsWithinItsBytesDroppingTheLeastRecentlyUsed() {
        List<CatalogProduct> products = SampleCatalog.generate(3).products();
        CatalogImages unbounded = new CatalogImages(CatalogImages.DEFAULT_MAX_BYTES);
        long[] sizes = products.stream().mapToLong(p -> unbounded.jpeg(p, 1).length).toArray();
        // room for the first photo and either other one, never for all three
        CatalogImages cache = new CatalogImages(sizes[0] + Math.max(sizes[1], sizes[2]));

        cache.jpeg(products.get(0), 1);
        cache.jpeg(products.get(1), 1);
        cache.jpeg(products.get(0), 1);
        cache.jpeg(products.get(2), 1);
        cache.jpeg(products.get(0), 1);

        assertThat(cache.drawn()).as("the first photo, used last, stayed").isEqualTo(3);
        cache.jpeg(products.get(1), 1);
        assertThat(cache.drawn()).as("the second photo, least recently used, was dropped").isEqualTo(4);
    }

    @Test
    void aCatalogSizeOutsideTheLimitsIsRefused() {
        assertThatThrownBy(() -> SampleCatalog.generate(-1)).hasMessageContaining("0 to 100000 products, not -1");
        assertThatThrownBy(() -> SampleCatalog.generate(SampleCatalog.MAX_SIZE + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static List<String> names(List<CatalogProduct> products) {
        return products.stream().map(CatalogProduct::name).toList();
    }

    private static BigDecimal max(Set<BigDecimal> prices) {
        return prices.stream().max(BigDecimal::compareTo).orElseThrow();
    }

    private static BigDecimal min(Set<BigDecimal> prices) {
        return prices.stream().min(BigDecimal::compareTo).orElseThrow();
    }
}
