/**
 * Stopping a media worker without losing or repeating a job: renders in progress get a grace period to finish, the
 * rest are handed back to other media workers, and the worker's static group members leave at the end.
 */
@NullMarked
package io.reelforge.media.worker.shutdown;

import org.jspecify.annotations.NullMarked;
