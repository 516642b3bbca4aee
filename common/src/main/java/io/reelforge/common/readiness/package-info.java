/** When a service is ready for work: its Kafka consumers have joined their groups. */
@NullMarked
package io.reelforge.common.readiness;

import org.jspecify.annotations.NullMarked;
