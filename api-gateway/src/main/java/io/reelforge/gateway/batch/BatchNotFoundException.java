package io.reelforge.gateway.batch;

/** No batch with this id for the caller's tenant (another tenant's batch reads as missing too). */
public class BatchNotFoundException extends RuntimeException {

    public BatchNotFoundException(String id) {
        super("no batch " + id);
    }
}
