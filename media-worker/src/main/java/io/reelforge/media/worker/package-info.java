/** The Kafka listener, the render processor and the wiring of the pipeline. */
@NullMarked
package io.reelforge.media.worker;

import org.jspecify.annotations.NullMarked;
