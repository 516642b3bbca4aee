/**
 * What the gateway asks of every request before a route sees it: bodies within a size, JSON without ambiguity
 * (no duplicate keys, no fractions for whole numbers), and cross-origin calls only from configured origins.
 */
@NullMarked
package io.reelforge.gateway.web;

import org.jspecify.annotations.NullMarked;
