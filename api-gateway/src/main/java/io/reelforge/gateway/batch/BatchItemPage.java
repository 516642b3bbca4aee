package io.reelforge.gateway.batch;

import java.util.List;

/** A page of a batch's items, in batch order. */
public record BatchItemPage(List<BatchItemView> items, int page, int size, long total, long pages) {
}
