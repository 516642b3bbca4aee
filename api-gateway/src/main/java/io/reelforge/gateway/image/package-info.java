/**
 * Pictures from other servers (a job's product images, a tenant's logo) fetched by the gateway for the web console,
 * whose page may load images from the gateway only.
 */
@NullMarked
package io.reelforge.gateway.image;

import org.jspecify.annotations.NullMarked;
