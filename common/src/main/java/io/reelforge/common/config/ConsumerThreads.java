package io.reelforge.common.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How many consumer threads a worker runs on its stage topic: what its setting asks for, but never more than the
 * topic has partitions, since Kafka gives a partition to one thread at a time and the extra threads would only sit
 * idle. A stack run with few partitions (tests, a small machine) thus needs no second setting lowered to start.
 */
public final class ConsumerThreads {

    private static final Logger log = LoggerFactory.getLogger(ConsumerThreads.class);

    private ConsumerThreads() {
    }

    /**
     * @param property the worker's setting, named in the warning when it is trimmed
     * @param wanted its value
     */
    public static int of(String property, int wanted, ReelforgeProperties.Kafka kafka) {
        if (wanted <= kafka.partitions()) {
            return wanted;
        }
        log.warn("{} is {} but each topic has {} partitions (reelforge.kafka.partitions): running {} consumer threads;"
                + " raise reelforge.kafka.partitions for more", property, wanted, kafka.partitions(), kafka.partitions());
        return kafka.partitions();
    }
}
