package io.reelforge.gateway.batch;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of a tenant's batches, newest first: the same shape as a page of jobs. */
@Schema(name = "BatchPage")
public record BatchPage(List<BatchView> items, int page, int size, long total, long totalPages) {
}
