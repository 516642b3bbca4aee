package io.reelforge.standalone.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Settings the commands share: where the log file goes, and the fetcher's allowlist as service arguments. */
final class Logs {

    private Logs() {
    }

    /** Must run before the first logger is created: logback reads these when it starts. */
    static void toDirectory(Path dir, String consoleLevel) {
        System.setProperty("reelforge.log.dir", dir.toAbsolutePath().toString());
        System.setProperty("reelforge.console.level", consoleLevel);
    }

    static List<String> allowedHostsArgs(List<String> hosts) {
        List<String> args = new ArrayList<>();
        if (!hosts.isEmpty()) {
            args.add("--reelforge.fetch.allowed-hosts=" + String.join(",", hosts));
        }
        return args;
    }
}
