package io.reelforge.standalone.stack;

import java.io.IOException;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A service that joined a running stack ({@link LocalStack#join}), with the member slot it holds: the slot is given
 * up only once the service has stopped, so another process never joins under its name while its consumers still
 * run.
 */
public record JoinedService(ConfigurableApplicationContext context, MemberSlot slot) implements AutoCloseable {

    @Override
    public void close() throws IOException {
        try {
            context.close();
        } finally {
            slot.close();
        }
    }
}
