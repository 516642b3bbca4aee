/**
 * Brand kits in the picture: the look of one video (font, card and badge colours, caption highlight, logo) made from
 * the kit in the job's options, and the logo fetched and read safely (PNG and JPEG as product images are; SVG
 * rasterised without loading anything it names).
 */
@NullMarked
package io.reelforge.media.brand;

import org.jspecify.annotations.NullMarked;
