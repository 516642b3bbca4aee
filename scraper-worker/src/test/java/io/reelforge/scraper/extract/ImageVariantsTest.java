package io.reelforge.scraper.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageVariantsTest {

    @ParameterizedTest(name = "{0} and {1} are one picture")
    @CsvSource({
            "https://cdn.shopify.com/s/files/1/products/pillow_800x.jpg?v=1, https://cdn.shopify.com/s/files/1/products/pillow.jpg?v=2",
            "https://cdn.shopify.com/s/files/1/products/pillow_grande.jpg, http://cdn.shopify.com/s/files/1/products/pillow_1024x1024@2x.jpg",
            "https://www.fye.com/dw/image/v2/BBNF/x/fye_0.jpg?sw=272, https://www.fye.com/dw/image/v2/BBNF/x/fye_0.jpg?sw=1000&sh=1000",
            "https://images-na.ssl-images-amazon.com/images/I/71FFzp2RUiL._SX450_.jpg, https://images-na.ssl-images-amazon.com/images/I/71FFzp2RUiL._SL1468_.jpg",
            "https://img.grouponcdn.com/deal/3bGQ/3b-960x576/v1/t440x300.jpg, https://img.grouponcdn.com/deal/3bGQ/3b-960x576/v1/c700x420q10.jpg",
            "http://litbimg.rightinthebox.com/images/384x384/200911/owk125.jpg, http://litbimg3.rightinthebox.com/images/154x154/200911/owk125.jpg",
            "https://uniqlo.scene7.com/is/image/UNIQLO/goods_69_151947?$detail$, https://uniqlo.scene7.com/is/image/UNIQLO/goods_69_151947?$pdp-medium$",
            "https://img.example.net/cms/imageFileData/RW7DtR?ver=aa13&w=120&h=120, https://img.example.net/cms/imageFileData/RW7DtR?ver=aa13&w=582&h=327&b=white",
            "'https://res.cloudinary.com/s/image/upload/w_100,h_100,q_75/v1/flea_tabs.jpg', 'https://res.cloudinary.com/s/image/upload/w_500,h_500,q_75/v1/flea_tabs.jpg'",
            "https://example.com/wp-content/uploads/2020/kettle-300x300.jpg, https://example.com/wp-content/uploads/2020/kettle.jpg"})
    void sizesOfOnePictureShareAKey(String small, String large) {
        assertThat(ImageVariants.key(small)).isEqualTo(ImageVariants.key(large));
    }

    @ParameterizedTest(name = "{0} and {1} are different pictures")
    @CsvSource({
            "https://cdn.example/products/123/main.jpg, https://cdn.example/products/456/main.jpg",
            "https://cdn.example/p/kettle-blue.jpg, https://cdn.example/p/kettle-red.jpg",
            "https://img.example/render.php?id=1&w=100, https://img.example/render.php?id=2&w=100",
            "https://lp.example/hmprod?set=source[/model/1.jpg]&w=1, https://lp.example/hmprod?set=source[/model/2.jpg]&w=1"})
    void differentPicturesHaveDifferentKeys(String one, String other) {
        assertThat(ImageVariants.key(one)).isNotEqualTo(ImageVariants.key(other));
    }

    @Test
    void keepsOneUrlPerPictureTheLargestInFirstSeenOrder() {
        List<String> images = ImageVariants.largestOfEach(List.of(
                "https://cdn.shopify.com/s/files/a_200x.jpg", "https://cdn.shopify.com/s/files/b_200x.jpg",
                "https://cdn.shopify.com/s/files/a_1024x.jpg", "https://cdn.shopify.com/s/files/a_small.jpg"));

        assertThat(images).containsExactly("https://cdn.shopify.com/s/files/a_1024x.jpg",
                "https://cdn.shopify.com/s/files/b_200x.jpg");
    }
}
