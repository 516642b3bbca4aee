package io.reelforge.standalone.cli;

import java.io.IOException;
import org.jspecify.annotations.Nullable;

/**
 * The gateway answered, but not with what was asked for: a problem document's status and stable code, so a
 * command can tell a refusal it may wait out (an Idempotency-Key still in use) from one it must report.
 */
final class GatewayRefusal extends IOException {

    private final int status;
    private final @Nullable String code;

    GatewayRefusal(String message, int status, @Nullable String code) {
        super(message);
        this.status = status;
        this.code = code;
    }

    int status() {
        return status;
    }

    @Nullable String code() {
        return code;
    }
}
