package io.reelforge.standalone.cli;

import io.reelforge.standalone.chaos.ChaosRun;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "chaos", description = "Runs the system as separate processes, submits jobs from the demo store as two"
        + " tenants, kill -9s and restarts each kind of process at seeded random moments, then reports what became"
        + " of every job (bench/chaos.sh). Exits 1 if a job was lost, stuck or completed twice.")
public final class ChaosCommand implements Callable<Integer> {

    @Option(names = "--duration", description = "seconds of chaos (default ${DEFAULT-VALUE})", defaultValue = "480")
    long duration;

    @Option(names = "--drain", description = "seconds the jobs may take to finish afterwards (default ${DEFAULT-VALUE})",
            defaultValue = "150")
    long drain;

    @Option(names = "--seed", description = "the seed of the plan of kills and jobs: the same seed, the same plan"
            + " (default: a new one, printed)")
    Long seed;

    @Option(names = "--data", description = "the run's folder, emptied first (default ${DEFAULT-VALUE})",
            defaultValue = "/tmp/reelforge-chaos")
    Path data;

    @Option(names = "--launcher", description = "the reelforge script that starts each process (default"
            + " ${DEFAULT-VALUE})", defaultValue = "./reelforge")
    Path launcher;

    @Option(names = "--media-format", description = "the media worker's frame size (default ${DEFAULT-VALUE})",
            defaultValue = "288x512")
    String mediaFormat;

    @Override
    public Integer call() throws Exception {
        Logs.toDirectory(data.resolveSibling(data.getFileName() + "-logs"), "WARN");
        long chosen = seed != null ? seed : System.nanoTime() & 0xffffffL;
        return new ChaosRun(new ChaosRun.Options(data, launcher, chosen, Duration.ofSeconds(duration),
                Duration.ofSeconds(drain), mediaFormat), System.out).run();
    }
}
