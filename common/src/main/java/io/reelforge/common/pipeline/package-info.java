/** The pipeline's shape in one place: the stages of each kind of job, their topics per lane, and their messages. */
@NullMarked
package io.reelforge.common.pipeline;

import org.jspecify.annotations.NullMarked;
