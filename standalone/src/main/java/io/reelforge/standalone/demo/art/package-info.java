/**
 * Studio photos of the sample store's products, drawn with Java2D: one small class per product family, one studio
 * (backdrop, floor shadow, framing, JPEG encoding) for all of them.
 */
@NullMarked
package io.reelforge.standalone.demo.art;

import org.jspecify.annotations.NullMarked;
