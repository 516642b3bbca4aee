package io.reelforge.standalone.chaos;

import java.util.List;
import java.util.Locale;

/** The kinds of process the system runs as, each started through the {@code reelforge} launcher. */
enum ProcessKind {
    KAFKA("Kafka: ", "-Xmx256m", "infra", "kafka"),
    REDIS("Redis: ", "-Xmx64m", "infra", "redis"),
    GATEWAY("joined", "-Xmx256m", "worker", "gateway"),
    SCRAPER("joined", "-Xmx256m", "worker", "scraper"),
    SCRIPT("joined", "-Xmx256m", "worker", "script"),
    // the launcher gives a media worker the heap of the container image
    MEDIA("joined", "", "worker", "media");

    /** What the process prints once it is ready: the infrastructure its address, a service that it joined. */
    private final String readyLine;
    /** JVM flags, so that six JVMs on one machine do not each size their heap to a quarter of it. */
    private final String javaOptions;
    private final List<String> command;

    ProcessKind(String readyLine, String javaOptions, String... command) {
        this.readyLine = readyLine;
        this.javaOptions = javaOptions;
        this.command = List.of(command);
    }

    String javaOptions() {
        return javaOptions;
    }

    String readyLine() {
        return readyLine;
    }

    /** The launcher's arguments, before {@code --data}. */
    List<String> command() {
        return command;
    }

    String displayName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
