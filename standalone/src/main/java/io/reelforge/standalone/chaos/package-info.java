/**
 * {@code reelforge chaos} (run by {@code bench/chaos.sh}): the system as separate processes, a stream of jobs, and
 * {@code kill -9} of each kind of process at seeded random moments; then what became of every job.
 */
@NullMarked
package io.reelforge.standalone.chaos;

import org.jspecify.annotations.NullMarked;
