package io.reelforge.gateway.error;

import static io.reelforge.gateway.ProblemAssertions.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.when;

import io.reelforge.common.job.JobStore;
import io.reelforge.common.stage.JobTracker;
import io.reelforge.gateway.GatewaySliceConfiguration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Errors Spring MVC raises itself, and unexpected ones, answer problem details of our types too. */
@WebMvcTest(properties = "reelforge.security.anonymous=true")
@Import(GatewaySliceConfiguration.class)
class ProblemDetailsTest {

    @Autowired
    MockMvcTester mvc;

    @MockitoBean
    JobTracker tracker;

    @MockitoBean
    JobStore store;

    @Test
    void unknownRouteIsAProblem404() {
        assertProblem(mvc.get().uri("/api/v1/nothing-here").exchange(), ProblemType.NOT_FOUND)
                .extractingPath("$.instance").isEqualTo("/api/v1/nothing-here");
    }

    @Test
    void wrongMethodIsAProblem405ThatSaysWhichAreAllowed() {
        MvcTestResult result = mvc.put().uri("/api/v1/videos").exchange();
        assertProblem(result, ProblemType.METHOD_NOT_ALLOWED);
        assertThat(result).hasHeader("Allow", "POST");
    }

    @Test
    void unexpectedFailureIsAProblem500WithoutInternals() {
        when(store.list(anyString(), any(), anyInt(), anyInt())).thenThrow(
                new IllegalStateException("index out of step on redis-internal:6379"));

        var json = assertProblem(mvc.get().uri("/api/v1/jobs").exchange(), ProblemType.INTERNAL_ERROR);
        json.extractingPath("$.detail").asString().doesNotContain("redis-internal").doesNotContain("Exception");
    }

    @Test
    void redisUnavailableIsAProblem503WithRetryAfterWithoutInternals() {
        when(store.list(anyString(), any(), anyInt(), anyInt())).thenThrow(
                new RedisConnectionFailureException("Unable to connect to Redis at redis-internal:6379"));

        MvcTestResult result = mvc.get().uri("/api/v1/jobs").exchange();

        var json = assertProblem(result, ProblemType.SERVICE_UNAVAILABLE);
        json.extractingPath("$.detail").asString().doesNotContain("redis-internal").doesNotContain("Exception");
        assertThat(result).hasHeader("Retry-After", "5");
    }
}
