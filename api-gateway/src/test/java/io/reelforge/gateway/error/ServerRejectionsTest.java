package io.reelforge.gateway.error;

import static org.assertj.core.api.Assertions.assertThat;

import io.reelforge.gateway.RawHttp;
import io.reelforge.gateway.RunningGateway;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Requests the web server refuses by itself, before or beside Spring MVC, sent byte for byte over a socket to the
 * real embedded Tomcat: each is answered with problem details of our types, never Tomcat's HTML page or Spring
 * Boot's JSON map.
 */
class ServerRejectionsTest extends RunningGateway {

    private RawHttp http;
    private String auth;

    @BeforeEach
    void connect() {
        http = new RawHttp(port);
        auth = "Authorization: Bearer " + keys.create("rejections", "test").secret();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/api/v1/jobs/a%2Fb", "/api/v1/jobs/a%00b", "/api/v1/jobs/%c0%ae%c0%ae/x",
            "/api/v1/jobs/%zz"})
    void aPathTheServerCannotDecodeIsAProblem400(String path) {
        RawHttp.Response response = http.send("GET " + path + " HTTP/1.1\r\nHost: gateway\r\n" + auth);

        assertProblem(response, ProblemType.BAD_REQUEST);
    }

    @Test
    void aRequestLineOverTheHeaderLimitIsAProblem414() {
        RawHttp.Response response = http.send("GET /api/v1/jobs/" + "a".repeat(10 * 1024) + " HTTP/1.1\r\n"
                + "Host: gateway\r\n" + auth);

        assertProblem(response, ProblemType.URI_TOO_LONG);
    }

    @Test
    void headersOverTheLimitAreAProblem431() {
        RawHttp.Response response = http.send("GET /api/v1/jobs HTTP/1.1\r\nHost: gateway\r\n" + auth
                + "\r\nX-Padding: " + "a".repeat(10 * 1024));

        assertProblem(response, ProblemType.HEADERS_TOO_LARGE);
    }

    @Test
    void traceIsAProblem405ThatListsTheMethodsOfTheRoute() {
        RawHttp.Response jobs = http.send("TRACE /api/v1/jobs HTTP/1.1\r\nHost: gateway\r\n" + auth);
        RawHttp.Response job = http.send("TRACE /api/v1/jobs/some-id HTTP/1.1\r\nHost: gateway\r\n" + auth);

        assertProblem(jobs, ProblemType.METHOD_NOT_ALLOWED);
        assertThat(jobs.header("Allow")).hasValue("GET");
        assertThat(job.header("Allow")).hasValue("DELETE, GET");
        assertThat(jobs.text()).doesNotContain("Authorization").doesNotContain("Bearer");
    }

    @Test
    void aMalformedRequestLineIsAProblem400() {
        assertProblem(http.send("G@T /api/v1/jobs HTTP/1.1\r\nHost: gateway\r\n" + auth), ProblemType.BAD_REQUEST);
    }

    @Test
    void aMalformedChunkedBodyIsAProblem400() {
        RawHttp.Response response = http.send("POST /api/v1/generate-script HTTP/1.1\r\nHost: gateway\r\n" + auth
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked", "zz\r\n".getBytes());

        assertProblem(response, ProblemType.BAD_REQUEST);
    }

    @Test
    void anUnreadableQueryParameterIsAProblem400() {
        RawHttp.Response response = http.send("GET /api/v1/jobs?page=%zz HTTP/1.1\r\nHost: gateway\r\n" + auth);

        assertProblem(response, ProblemType.BAD_REQUEST);
    }

    @Test
    void theErrorPageItselfIsNotARoute() {
        RawHttp.Response response = http.send("GET /error HTTP/1.1\r\nHost: gateway\r\n" + auth);

        assertProblem(response, ProblemType.NOT_FOUND);
    }

    static JsonNode assertProblem(RawHttp.Response response, ProblemType type) {
        assertThat(response.status()).as(response.text()).isEqualTo(type.status().value());
        assertThat(response.header("Content-Type")).hasValueSatisfying(
                contentType -> assertThat(contentType).startsWith(ProblemJson.MEDIA_TYPE));
        JsonNode problem = response.json();
        assertThat(problem.path("type").asString()).isEqualTo(type.uri().toString());
        assertThat(problem.path("code").asString()).isEqualTo(type.code());
        assertThat(problem.path("status").asInt()).isEqualTo(type.status().value());
        assertThat(problem.path("title").asString()).isNotBlank();
        assertThat(problem.path("detail").asString()).isNotBlank();
        assertThat(problem.has("trace")).isFalse();
        return problem;
    }
}
