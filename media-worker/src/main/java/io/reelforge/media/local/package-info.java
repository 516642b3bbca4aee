/** Rendering from a local JSON spec, without Kafka or Redis: for previews and the benchmark. */
@NullMarked
package io.reelforge.media.local;

import org.jspecify.annotations.NullMarked;
