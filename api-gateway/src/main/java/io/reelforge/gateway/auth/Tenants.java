package io.reelforge.gateway.auth;

/** What a tenant name may look like: it becomes part of Redis keys, so it is kept short and plain. */
public final class Tenants {

    public static final String PATTERN = "[a-z0-9][a-z0-9_-]{0,62}";
    public static final String DEFAULT = "default";

    private Tenants() {
    }

    public static boolean isValid(String tenant) {
        return tenant.matches(PATTERN);
    }
}
