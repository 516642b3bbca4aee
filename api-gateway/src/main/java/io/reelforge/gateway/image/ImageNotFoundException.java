package io.reelforge.gateway.image;

/** The job has no product image of that number, or the tenant's kit has no logo. */
public class ImageNotFoundException extends RuntimeException {

    public ImageNotFoundException(String message) {
        super(message);
    }
}
