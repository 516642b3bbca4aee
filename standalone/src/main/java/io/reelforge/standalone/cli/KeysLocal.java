package io.reelforge.standalone.cli;

import io.reelforge.gateway.auth.ApiKeyStore;
import io.reelforge.standalone.stack.LocalStack;
import io.reelforge.standalone.stack.Service;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.jspecify.annotations.Nullable;

/**
 * API keys on one machine: {@code up} and {@code demo} create a development key for tenant {@code default} in the
 * stack they start (the gateway requires keys there as everywhere), and {@code up} leaves it in its data directory
 * where {@code make} finds it.
 */
final class KeysLocal {

    static final String ENVIRONMENT = "REELFORGE_API_KEY";
    private static final String FILE = "api-key";

    private KeysLocal() {
    }

    /** A new key for tenant {@code default} in the stack's gateway. */
    static String createDevelopmentKey(LocalStack stack, String purpose) {
        return stack.context(Service.GATEWAY).getBean(ApiKeyStore.class).create("default", purpose).secret();
    }

    /** Writes the key where {@code make} looks for it, readable by this user only. */
    static void writeTo(Path dataDir, String key) throws IOException {
        Path file = dataDir.resolve(FILE);
        Files.writeString(file, key + System.lineSeparator());
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException e) {
            // not a POSIX file system
        }
    }

    static void removeFrom(Path dataDir) throws IOException {
        Files.deleteIfExists(dataDir.resolve(FILE));
    }

    /** The key to use: the option, else {@code REELFORGE_API_KEY}, else the running stack's development key. */
    static @Nullable String find(@Nullable String option, Path dataDir) throws IOException {
        if (option != null && !option.isBlank()) {
            return option.strip();
        }
        String fromEnvironment = System.getenv(ENVIRONMENT);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return fromEnvironment.strip();
        }
        Path file = dataDir.resolve(FILE);
        return Files.exists(file) ? Files.readString(file).strip() : null;
    }
}
