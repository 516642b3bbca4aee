@NullMarked
package io.reelforge.scraper.tool;

import org.jspecify.annotations.NullMarked;
