/** The script stage: the Kafka listener and the processor it hands each request to. */
@NullMarked
package io.reelforge.script.stage;

import org.jspecify.annotations.NullMarked;
