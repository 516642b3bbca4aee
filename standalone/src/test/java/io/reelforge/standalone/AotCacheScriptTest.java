package io.reelforge.standalone;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher's rules for the JDK's AOT cache (standalone/aot-cache.sh, sourced by ./reelforge): a cache serves only
 * the jar and the JDK it was made from, since running a rebuilt jar from an old cache's extracted classes would run
 * the old build. Tested on the script itself, with a jar and JDK folders laid out in a scratch folder.
 */
class AotCacheScriptTest {

    private static final Path SCRIPT = Path.of("aot-cache.sh").toAbsolutePath();

    @TempDir
    Path dir;

    private Path jar;
    private Path jdk;

    @BeforeEach
    void aBuiltJarAndAJdk() throws IOException {
        jar = Files.createDirectories(dir.resolve("standalone/target")).resolve("standalone-exec.jar");
        Files.write(jar, new byte[] {1, 2, 3});
        jdk = jdk("jdk-25", "25.0.3+9-LTS");
    }

    @Test
    void aCacheMadeFromTheJarWithTheJdkRunsTheExtractedJarFromTheCache() throws Exception {
        madeFor(jar, jdk);

        Path cache = dir.resolve("standalone/target/aot");
        assertThat(bash("reelforge_aot_use \"$1\" \"$2\" && echo \"${reelforge_aot_jvm[0]}\" && echo \"$reelforge_aot_jar\"",
                jar, jdk)).containsExactly("-XX:AOTCache=" + cache.resolve("reelforge.aot"),
                cache.resolve("app/standalone-exec.jar").toString());
    }

    @Test
    void aRebuiltJarIsNotRunFromTheCacheOfTheBuildBefore() throws Exception {
        madeFor(jar, jdk);
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));

        assertThat(bash("reelforge_aot_use \"$1\" \"$2\" || echo none", jar, jdk)).containsExactly("none");
    }

    @Test
    void anotherBuildOfTheJdkDoesNotUseTheCache() throws Exception {
        madeFor(jar, jdk);
        Path updated = jdk("jdk-25-updated", "25.0.4+7-LTS");
        Files.move(jdk, dir.resolve("jdk-25-old"));
        Files.move(updated, jdk);

        assertThat(bash("reelforge_aot_use \"$1\" \"$2\" || echo none", jar, jdk)).containsExactly("none");
    }

    @Test
    void noCacheIsUsedWhereNoneWasMade() throws Exception {
        assertThat(bash("reelforge_aot_use \"$1\" \"$2\" || echo \"none${reelforge_aot_jar}\"", jar, jdk))
                .containsExactly("none");
    }

    @Test
    void onlyJdk24AndNewerMakeAndUseACache() throws Exception {
        String script = "for major in 17 21 24 25; do reelforge_aot_supported \"$1\" $major && echo $major; done";

        assertThat(bash(script, jdk)).containsExactly("24", "25");
    }

    @Test
    void aTrainingThatFailedIsNotTriedAgainUntilTheJarChanges() throws Exception {
        Path broken = jdk("jdk-without-java", "25.0.3+9-LTS");   // bin/java missing: the training cannot run

        assertThat(bash("reelforge_aot_build \"$1\" \"$2\" || echo failed; reelforge_aot_failed \"$1\" \"$2\" && echo"
                + " marked; reelforge_aot_use \"$1\" \"$2\" || echo none", jar, broken))
                .containsExactly("failed", "marked", "none");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().plusSeconds(60)));
        assertThat(bash("reelforge_aot_failed \"$1\" \"$2\" || echo retry", jar, broken)).containsExactly("retry");
    }

    private Path jdk(String name, String version) throws IOException {
        Path home = Files.createDirectories(dir.resolve(name));
        Files.writeString(home.resolve("release"), "JAVA_VERSION=\"" + version.split("\\+")[0] + "\"\n"
                + "JAVA_RUNTIME_VERSION=\"" + version + "\"\n");
        return home;
    }

    /** Lays out what a finished training leaves beside the jar: the extracted jar, the cache, and its key. */
    private void madeFor(Path builtJar, Path javaHome) throws Exception {
        Path cache = Files.createDirectories(builtJar.resolveSibling("aot/app"));
        Files.copy(builtJar, cache.resolve(builtJar.getFileName()));
        Files.write(cache.resolveSibling("reelforge.aot"), new byte[] {0});
        List<String> key = bash("reelforge_aot_key \"$1\" \"$2\"", builtJar, javaHome);
        Files.write(cache.resolveSibling("key"), key);
    }

    /** Runs {@code script} in bash after sourcing the launcher's script, with {@code args} as $1, $2...; its lines. */
    private List<String> bash(String script, Path... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("bash", "-c", ". \"" + SCRIPT + "\"; " + script, "test"));
        for (Path arg : args) {
            command.add(arg.toString());
        }
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).as("bash finished").isTrue();
        return process.inputReader().lines().toList();
    }
}
