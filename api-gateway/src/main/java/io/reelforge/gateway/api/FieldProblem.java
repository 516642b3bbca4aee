package io.reelforge.gateway.api;

/** One invalid field of a request: its path ({@code url}, {@code product.images[0]}) and what is wrong with it. */
public record FieldProblem(String field, String message) {
}
