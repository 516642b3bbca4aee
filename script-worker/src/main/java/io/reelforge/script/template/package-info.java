/** The offline writer: scripts from the product facts alone, with phrase sets per language. */
@NullMarked
package io.reelforge.script.template;

import org.jspecify.annotations.NullMarked;
