package io.reelforge.gateway.availability;

import io.lettuce.core.RedisBusyException;
import io.lettuce.core.RedisCommandTimeoutException;
import io.lettuce.core.RedisConnectionException;
import io.lettuce.core.RedisException;
import io.lettuce.core.RedisLoadingException;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.data.redis.RedisConnectionFailureException;

/**
 * Tells Redis being unavailable (down, unreachable, not answering in time, still loading its data) from a bug: the
 * first is answered {@code 503} with {@code Retry-After}, since the same request will work once Redis is back; the
 * second is a {@code 500}. Lettuce reports its own connection state as a bare {@link RedisException} ("Currently
 * not connected", "Connection disconnected", "Connection closed"), while an error reply of the server (a failing
 * script, a wrong type) is a subclass of it, so only the bare class counts as an outage.
 */
public final class Outages {

    private static final int MAX_CAUSES = 16;

    private Outages() {
    }

    public static boolean isRedisUnavailable(@Nullable Throwable failure) {
        Throwable t = failure;
        for (int depth = 0; t != null && depth < MAX_CAUSES; depth++, t = t.getCause()) {
            if (t instanceof RedisConnectionFailureException || t instanceof QueryTimeoutException
                    || t instanceof RedisConnectionException || t instanceof RedisCommandTimeoutException
                    || t instanceof RedisLoadingException || t instanceof RedisBusyException
                    || t.getClass() == RedisException.class) {
                return true;
            }
        }
        return false;
    }
}
