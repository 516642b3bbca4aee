package io.reelforge.gateway.auth;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.common.job.JobStore;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.gateway.GatewaySliceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/** In anonymous mode (local use), a page without a key learns it acts for the anonymous tenant, with no key. */
@WebMvcTest(properties = "reelforge.security.anonymous=true")
@Import(GatewaySliceConfiguration.class)
class AnonymousMeTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    JobTracker tracker;

    @MockitoBean
    JobStore store;

    @Test
    void noKeyActsAsTheAnonymousTenant() {
        var me = assertThat(mvc.get().uri("/api/v1/me").exchange()).hasStatusOk().bodyJson();
        me.extractingPath("$.tenant").isEqualTo("default");
        me.extractingPath("$.admin").isEqualTo(false);
        me.extractingPath("$.keyId").isNull();
    }
}
