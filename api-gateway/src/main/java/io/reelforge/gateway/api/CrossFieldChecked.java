package io.reelforge.gateway.api;

import java.util.List;

/**
 * A request whose rules span several fields ("a keyword or a product, not both"). The rules live on the request
 * itself, next to its fields; {@link CrossFieldValid} reports them as ordinary field errors.
 */
public interface CrossFieldChecked {

    /** The broken rules, each named after the field a client should fix; empty when the request is consistent. */
    List<FieldProblem> crossFieldProblems();
}
