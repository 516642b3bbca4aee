package io.reelforge.gateway.api;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

/** One page of jobs, newest first. */
@Schema(name = "JobPage")
public record JobPage(List<JobView> items, int page, int size, long total, long totalPages) {
}
