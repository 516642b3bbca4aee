package io.reelforge.gateway;

import io.reelforge.common.testing.ReelforgeTestProperties;
import io.reelforge.gateway.auth.ApiKeyStore;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The gateway as it runs, with keys required: a real HTTP server on the shared Kafka broker and Redis. The tests
 * that extend it share one application context.
 */
@SpringBootTest(classes = GatewayApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"spring.config.name=api-gateway", "spring.application.name=api-gateway",
                "reelforge.security.admin-key=" + RunningGateway.ADMIN_KEY,
                "reelforge.gateway.webhooks.enabled=false",
                "reelforge.gateway.cors.allowed-origins=" + RunningGateway.ALLOWED_ORIGIN,
                // short, so a test sees keep-alives; clients (and SseReader) skip them
                "reelforge.gateway.events-keep-alive=300ms"})
public abstract class RunningGateway {

    public static final String ADMIN_KEY = "test-admin-key-0123456789";
    /** The one browser origin these tests' gateway lets call the API. */
    public static final String ALLOWED_ORIGIN = "https://app.example";
    protected static final Path ARTIFACTS = Path.of("target", "running-gateway-artifacts").toAbsolutePath();

    @LocalServerPort
    protected int port;

    @Autowired
    protected ApiKeyStore keys;

    @DynamicPropertySource
    static void props(DynamicPropertyRegistry registry) {
        ReelforgeTestProperties.register(registry);
        registry.add("reelforge.artifacts.root", ARTIFACTS::toString);
    }

    /** A client of a new tenant with a new key. */
    protected ApiClient newTenant() {
        String tenant = "t-" + java.util.UUID.randomUUID().toString().substring(0, 12);
        return client(keys.create(tenant, "test").secret());
    }

    protected ApiClient client(String key) {
        return new ApiClient(port, key);
    }

    protected ApiClient anonymous() {
        return new ApiClient(port, null);
    }

    protected ApiClient admin() {
        return new ApiClient(port, ADMIN_KEY);
    }
}
