package io.reelforge.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.gateway.error.ProblemType;
import org.springframework.http.MediaType;
import org.springframework.test.json.AbstractJsonContentAssert;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Checks that an answer is RFC 9457 problem details of one of our types, and hands back its JSON to check more. */
public final class ProblemAssertions {

    private ProblemAssertions() {
    }

    public static AbstractJsonContentAssert<?> assertProblem(MvcTestResult result, ProblemType type) {
        assertThat(result).hasStatus(type.status()).hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
        AbstractJsonContentAssert<?> json = assertThat(result).bodyJson();
        json.extractingPath("$.type").isEqualTo(type.uri().toString());
        json.extractingPath("$.code").isEqualTo(type.code());
        json.extractingPath("$.status").isEqualTo(type.status().value());
        json.doesNotHavePath("$.trace");
        json.doesNotHavePath("$.exception");
        return json;
    }
}
