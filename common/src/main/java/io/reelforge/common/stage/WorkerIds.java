package io.reelforge.common.stage;

import java.net.InetAddress;
import java.util.UUID;

/** Names a worker instance: application, host and process, plus a short random part for several in one JVM. */
public final class WorkerIds {

    private WorkerIds() {
    }

    public static String next(String application) {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (Exception e) {
            host = "unknown-host";
        }
        return application + "@" + host + ":" + ProcessHandle.current().pid() + "/"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
