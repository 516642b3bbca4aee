package io.reelforge.media.image;

/** This image cannot be shown (undecodable, too small, too large); the reason is short enough for a job message. */
public class UnusableImageException extends Exception {

    public UnusableImageException(String reason) {
        super(reason, null, false, false);
    }
}
