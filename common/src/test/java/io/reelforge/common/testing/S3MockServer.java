package io.reelforge.common.testing;

import static org.awaitility.Awaitility.await;

import io.reelforge.common.config.ReelforgeProperties;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;

/**
 * One real S3-compatible server per test JVM: Adobe's S3Mock, its executable jar copied into
 * {@code target/s3mock/s3mock.jar} by the build (maven-dependency-plugin), started on first use as a process of its
 * own on a free port and stopped when the JVM exits. Tests share its one bucket and keep apart by key prefix.
 * Where the jar is missing or the server does not come up, the tests that need it are skipped, saying why.
 */
public final class S3MockServer {

    public static final String BUCKET = "reelforge-test";
    /** S3Mock checks no signatures, but the SDK signs every request, so it needs some credentials. */
    public static final String ACCESS_KEY = "reelforge-test-key";
    public static final String SECRET_KEY = "reelforge-test-secret";

    static final Path JAR = Path.of("target", "s3mock", "s3mock.jar").toAbsolutePath();
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private S3MockServer() {
    }

    /**
     * For {@code @EnabledIf(S3MockServer.RUNNING)} on a Spring test, whose context must not load without a server:
     * whether the server runs, starting it on first use.
     */
    public static final String RUNNING = "io.reelforge.common.testing.S3MockServer#running";
    public static final String NOT_RUNNING = "no S3-compatible server: the build copies S3Mock to target/s3mock/s3mock.jar"
            + " and the server logs to target/s3mock/s3mock.log";

    public static boolean running() {
        return Holder.STARTED.unavailable() == null;
    }

    /** The server's {@code http://127.0.0.1:port} endpoint; skips the calling test when there is no server. */
    public static URI endpoint() {
        Holder.STARTED.requireRunning();
        return Holder.STARTED.endpoint;
    }

    /** Settings for a store on the shared bucket under a prefix no other test uses. */
    public static ReelforgeProperties.S3 settings() {
        return new ReelforgeProperties.S3(BUCKET, "test-" + UUID.randomUUID().toString().substring(0, 8) + "/",
                endpoint(), true, "us-east-1", Duration.ofMinutes(15));
    }

    public static AwsCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY));
    }

    private record Started(URI endpoint, String unavailable) {

        void requireRunning() {
            Assumptions.assumeTrue(unavailable == null, () -> "no S3-compatible server for this test: " + unavailable);
        }
    }

    private static final class Holder {
        static final Started STARTED = start();

        private static Started start() {
            if (!Files.isRegularFile(JAR)) {
                return new Started(null, JAR + " is missing; the Maven build copies it there before the tests");
            }
            Path log = JAR.resolveSibling("s3mock.log");
            Process process;
            int port;
            try {
                port = SharedRedis.freePort();
                Path data = Files.createDirectories(JAR.resolveSibling("data"));
                String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
                process = new ProcessBuilder(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                        "-XX:+UseSerialGC", "-jar", JAR.toString(),
                        "--http.port=" + port,
                        "--server.port=0", // its HTTPS connector: unused, so on any free port
                        "--server.address=127.0.0.1",
                        "--spring.main.banner-mode=off",
                        "--com.adobe.testing.s3mock.store.root=" + data,
                        "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET))
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .start();
            } catch (IOException e) {
                return new Started(null, "S3Mock could not be started: " + e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(process)));
            URI endpoint = URI.create("http://127.0.0.1:" + port);
            try {
                // in this thread: a condition run on Awaitility's own would wait for this class's initialisation
                await().atMost(START_TIMEOUT).pollInSameThread().pollInterval(Duration.ofMillis(200))
                        .until(() -> !process.isAlive() || answers(endpoint));
            } catch (org.awaitility.core.ConditionTimeoutException e) {
                stop(process);
                return new Started(null, "S3Mock did not answer within " + START_TIMEOUT + "; see " + log);
            }
            if (!process.isAlive()) {
                return new Started(null, "S3Mock exited with " + process.exitValue() + "; see " + log);
            }
            return new Started(endpoint, null);
        }

        private static boolean answers(URI endpoint) {
            try (HttpClient http = HttpClient.newHttpClient()) {
                HttpRequest request = HttpRequest.newBuilder(endpoint.resolve("/" + BUCKET))
                        .method("HEAD", HttpRequest.BodyPublishers.noBody()).timeout(Duration.ofSeconds(2)).build();
                return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
            } catch (IOException e) {
                return false;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }

        private static void stop(Process process) {
            process.destroy();
            try {
                if (!process.waitFor(10, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                process.destroyForcibly();
                Thread.currentThread().interrupt();
            }
        }
    }
}
