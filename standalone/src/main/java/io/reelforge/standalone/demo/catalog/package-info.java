/**
 * The sample store's catalog: many distinct products generated from a seed, their pages, their Google Merchant
 * feed and CSV exports, and their photos drawn on first request.
 */
@NullMarked
package io.reelforge.standalone.demo.catalog;

import org.jspecify.annotations.NullMarked;
