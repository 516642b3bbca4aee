package io.reelforge.standalone.infra;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A command prefix that has the kernel send a child process a signal when its parent dies, even on {@code kill -9}
 * of the parent: util-linux's {@code setpriv --pdeathsig} (Linux; util-linux 2.33 or newer), which sets it and then
 * runs the command. The signal follows the <em>thread</em> that started the child, so a caller starts the child
 * from a thread that lives as long as it should.
 */
public final class ParentDeath {

    private static final Logger log = LoggerFactory.getLogger(ParentDeath.class);
    private static final List<Path> SETPRIV = List.of(Path.of("/usr/bin/setpriv"), Path.of("/bin/setpriv"));

    private ParentDeath() {
    }

    /**
     * The prefix sending {@code signal} (e.g. {@code TERM}), or none where this system has no such command.
     *
     * @param consequence what happens without it, for the warning
     */
    public static List<String> prefix(String signal, String consequence) {
        for (Path setpriv : SETPRIV) {
            if (Files.isExecutable(setpriv) && offersParentDeathSignal(setpriv)) {
                return List.of(setpriv.toString(), "--pdeathsig", signal);
            }
        }
        log.warn("setpriv --pdeathsig (util-linux 2.33+) is not available: {}", consequence);
        return List.of();
    }

    private static boolean offersParentDeathSignal(Path setpriv) {
        try {
            Process help = new ProcessBuilder(setpriv.toString(), "--help").redirectErrorStream(true).start();
            String text;
            try (InputStream in = help.getInputStream()) {
                text = new String(in.readAllBytes());
            }
            return help.waitFor() == 0 && text.contains("--pdeathsig");
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
