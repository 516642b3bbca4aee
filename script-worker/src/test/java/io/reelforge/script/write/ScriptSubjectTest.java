package io.reelforge.script.write;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.JobOptions;
import io.reelforge.common.message.ScriptRequest;
import io.reelforge.common.testing.Products;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScriptSubjectTest {

    private static final List<String> THREE_IMAGES = List.of("a", "b", "c");

    @Test
    void aProductWinsOverAKeyword() {
        var request = new ScriptRequest(Products.aProduct(THREE_IMAGES), "kettle", JobOptions.defaults());

        assertThat(ScriptSubject.of(request)).containsInstanceOf(ScriptSubject.Product.class);
    }

    @Test
    void aKeywordAloneIsTheSubject() {
        var request = new ScriptRequest(null, "  kettle ", JobOptions.defaults());

        assertThat(ScriptSubject.of(request)).contains(new ScriptSubject.Keyword("kettle"));
    }

    @Test
    void neitherProductNorKeywordIsNoSubject() {
        assertThat(ScriptSubject.of(new ScriptRequest(null, " ", JobOptions.defaults()))).isEmpty();
    }

    @Test
    void imageIndexesWrapIntoTheProductsImages() {
        ScriptSubject product = new ScriptSubject.Product(Products.aProduct(THREE_IMAGES));

        assertThat(List.of(0, 2, 3, 7, -1).stream().map(product::imageIndex)).containsExactly(0, 2, 0, 1, 2);
        assertThat(new ScriptSubject.Keyword("kettle").imageIndex(5)).isZero();
    }

    @Test
    void aStoreNameAfterABarIsNotPartOfTheTitle() {
        var details = new io.reelforge.common.product.ProductDetails("Kettle 1.7 L | Shop Name", null, null, null,
                null, null, null, List.of(), List.of(), null);

        assertThat(new ScriptSubject.Product(details).title()).isEqualTo("Kettle 1.7 L");
    }
}
