package io.reelforge.common.product;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ProductDetailsJsonTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void jsonWrittenBeforeTheRangeCodesRatingAndSourcesExistedStillReads() {
        ProductDetails product = json.readValue("""
                {"title":"Kettle","price":24.5,"currency":"EUR","images":["https://s.example/k.jpg"]}""",
                ProductDetails.class);

        assertThat(product.title()).isEqualTo("Kettle");
        assertThat(product.price()).isEqualByComparingTo("24.5");
        assertThat(product.features()).isEmpty();
        assertThat(product.priceRange()).isNull();
        assertThat(product.sources()).isEmpty();
    }

    @Test
    void everyFieldSurvivesARoundTrip() {
        ProductDetails product = new ProductDetails("Kettle", "Boils", "Acme", new BigDecimal("24.50"), "EUR",
                "InStock", "K-1", List.of("https://s.example/k.jpg"), List.of("1.7 l"), "https://s.example/k",
                new ProductDetails.PriceRange(new BigDecimal("24.50"), new BigDecimal("29.00")), "4006381333931",
                "AC-K1", new BigDecimal("4.6"), 128, Map.of("title", "json-ld", "price", "microdata"));

        assertThat(json.readValue(json.writeValueAsString(product), ProductDetails.class)).isEqualTo(product);
    }
}
