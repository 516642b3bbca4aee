package io.reelforge.gateway.api;

import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.job.InvalidFieldException;
import org.jspecify.annotations.Nullable;

/**
 * The page a listing was asked for ({@code ?page=&size=}), checked once for every listing: a page below 0, a size
 * outside 1 to {@code reelforge.gateway.max-page-size} or a page beyond any index is 400 naming the parameter.
 *
 * @param page from 0
 * @param size items per page
 */
public record Paging(int page, int size) {

    /** @throws InvalidFieldException naming {@code page} or {@code size} */
    public static Paging of(int page, @Nullable Integer size, GatewayProperties properties) {
        int pageSize = size == null ? properties.defaultPageSize() : size;
        if (page < 0) {
            throw new InvalidFieldException("page", "must be 0 or more");
        }
        if (pageSize < 1 || pageSize > properties.maxPageSize()) {
            throw new InvalidFieldException("size", "must be between 1 and " + properties.maxPageSize());
        }
        if ((long) page * pageSize > Integer.MAX_VALUE) {
            throw new InvalidFieldException("page", "is too large");
        }
        return new Paging(page, pageSize);
    }

    /** The first item's place among all. */
    public int offset() {
        return page * size;
    }

    /** How many pages {@code total} items fill. */
    public long pages(long total) {
        return (total + size - 1) / size;
    }
}
