package io.reelforge.gateway.brand;

/** The caller's tenant has no brand kit. */
public class BrandKitNotFoundException extends RuntimeException {

    public BrandKitNotFoundException() {
        super("no brand kit");
    }
}
