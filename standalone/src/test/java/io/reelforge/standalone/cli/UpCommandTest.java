package io.reelforge.standalone.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reelforge.standalone.demo.catalog.SampleCatalog;
import io.reelforge.standalone.stack.Service;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

class UpCommandTest {

    private static UpCommand parsed(String... args) {
        UpCommand up = new UpCommand();
        new CommandLine(up).parseArgs(args);
        return up;
    }

    @Test
    void withoutFlagsEveryServiceRuns() {
        assertThat(parsed().leftOut()).isEmpty();
    }

    @Test
    void withoutMediaLeavesTheMediaWorkerOut() {
        assertThat(parsed("--without", "media").leftOut()).containsExactly(Service.MEDIA);
    }

    @Test
    void severalWorkersCanBeLeftOutByRepeatingOrListing() {
        assertThat(parsed("--without", "scraper,script-worker", "--without", "media").leftOut())
                .containsExactlyInAnyOrder(Service.SCRAPER, Service.SCRIPT, Service.MEDIA);
    }

    @Test
    void theGatewayCannotBeLeftOut() {
        assertThatThrownBy(() -> parsed("--without", "gateway").leftOut())
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("reached through the gateway");
    }

    @Test
    void anUnknownServiceIsNamedInTheError() {
        assertThatThrownBy(() -> parsed("--without", "mixer").leftOut())
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("unknown service 'mixer'");
    }

    @Test
    void theSampleCatalogHasTwoHundredProductsUnlessToldOtherwise() {
        assertThat(parsed("--sample-store").catalogSize()).isEqualTo(SampleCatalog.DEFAULT_SIZE).isEqualTo(200);
        assertThat(parsed("--sample-store", "--sample-catalog-size", "10000").catalogSize()).isEqualTo(10_000);
    }

    @Test
    void aCatalogSizeWithoutTheSampleStoreIsRefused() {
        assertThatThrownBy(() -> parsed("--sample-catalog-size", "50").catalogSize())
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("needs --sample-store");
    }

    @Test
    void aCatalogSizeOutsideTheLimitsIsRefused() {
        assertThatThrownBy(() -> parsed("--sample-store", "--sample-catalog-size", "0").catalogSize())
                .isInstanceOf(ParameterException.class)
                .hasMessageContaining("from 1 to 100000 products, not 0");
    }
}
