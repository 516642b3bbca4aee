/** The writer that asks an OpenAI-compatible chat model for the script as structured output. */
@NullMarked
package io.reelforge.script.openai;

import org.jspecify.annotations.NullMarked;
