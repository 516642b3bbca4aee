package io.reelforge.gateway.image;

/** A picture's bytes and the type they were recognised as. */
record FetchedImage(byte[] bytes, ImageType type) {
}
