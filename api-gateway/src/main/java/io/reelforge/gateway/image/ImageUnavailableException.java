package io.reelforge.gateway.image;

/**
 * The image's server answered an error, too slowly, not at all, or with something that is no picture the console
 * may show; the message says which, naming the server by host only (image URLs may carry tokens).
 */
public class ImageUnavailableException extends RuntimeException {

    private final boolean notAnImage;

    ImageUnavailableException(String message, boolean notAnImage) {
        super(message);
        this.notAnImage = notAnImage;
    }

    /** Whether the server answered, but not with an image type the gateway passes on. */
    public boolean notAnImage() {
        return notAnImage;
    }
}
