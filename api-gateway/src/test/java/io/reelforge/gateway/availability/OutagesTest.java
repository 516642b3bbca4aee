package io.reelforge.gateway.availability;

import static org.assertj.core.api.Assertions.assertThat;

import io.lettuce.core.RedisCommandExecutionException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;
import org.springframework.data.redis.RedisSystemException;

/** An outage of Redis is told from a bug, as Spring Data Redis wraps what Lettuce throws. */
class OutagesTest {

    @Test
    void commandsRefusedOrLostWhileDisconnectedAreAnOutage() {
        assertThat(Outages.isRedisUnavailable(new RedisSystemException("Redis exception",
                new RedisException("Currently not connected. Commands are rejected.")))).isTrue();
        assertThat(Outages.isRedisUnavailable(new RedisSystemException("Redis exception",
                new RedisException("Connection disconnected")))).isTrue();
    }

    @Test
    void connectionFailuresTimeoutsAndALoadingServerAreAnOutage() {
        assertThat(Outages.isRedisUnavailable(new RedisConnectionFailureException("Unable to connect",
                new RedisConnectionException("refused")))).isTrue();
        assertThat(Outages.isRedisUnavailable(new QueryTimeoutException("Redis command timed out",
                new RedisCommandTimeoutException("Command timed out after 1 second(s)")))).isTrue();
        assertThat(Outages.isRedisUnavailable(new RedisSystemException("Redis exception",
                new RedisLoadingException("LOADING Redis is loading the dataset in memory")))).isTrue();
    }

    @Test
    void anErrorReplyOfTheServerIsABugNotAnOutage() {
        assertThat(Outages.isRedisUnavailable(new RedisSystemException("Error in execution",
                new RedisCommandExecutionException("ERR Error running script")))).isFalse();
        assertThat(Outages.isRedisUnavailable(new IllegalStateException("job 1 exists already"))).isFalse();
        assertThat(Outages.isRedisUnavailable(null)).isFalse();
    }
}
