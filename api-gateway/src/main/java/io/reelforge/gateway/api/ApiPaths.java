package io.reelforge.gateway.api;

/** The routes of the public API, in one place for controllers, links and tests. */
public final class ApiPaths {

    public static final String V1 = "/api/v1";
    public static final String VIDEOS = V1 + "/videos";
    public static final String SCRAPE_PRODUCT_URL = V1 + "/scrape-product-url";
    public static final String GENERATE_SCRIPT = V1 + "/generate-script";
    public static final String GENERATE_VIDEO = V1 + "/generate-video";
    public static final String ME = V1 + "/me";
    public static final String JOBS = V1 + "/jobs";
    public static final String JOB = JOBS + "/{id}";
    public static final String ARTIFACT = JOB + "/artifacts/{name}";
    public static final String JOB_IMAGE = JOB + "/images/{index}";
    public static final String RETRY = JOB + "/retry";
    public static final String EVENTS = JOB + "/events";
    public static final String DELIVERIES = JOB + "/deliveries";
    public static final String DELIVERY_REPLAY = DELIVERIES + "/{deliveryId}/replay";
    public static final String WEBHOOK = V1 + "/webhook";
    public static final String WEBHOOK_ROTATE = WEBHOOK + "/rotate-secret";
    public static final String WEBHOOK_DELIVERIES = WEBHOOK + "/deliveries";
    public static final String BRAND = V1 + "/brand";
    public static final String BRAND_FONTS = BRAND + "/fonts";
    public static final String BRAND_LOGO = BRAND + "/logo";
    public static final String BATCHES = V1 + "/batches";
    public static final String BATCH = BATCHES + "/{id}";
    public static final String BATCH_ITEMS = BATCH + "/items";
    public static final String BATCH_RETRY = BATCH + "/retry";
    public static final String BATCH_VIDEOS = BATCH + "/videos.zip";
    public static final String ADMIN = V1 + "/admin";
    public static final String ADMIN_KEYS = ADMIN + "/keys";
    public static final String ADMIN_KEY = ADMIN_KEYS + "/{keyId}";
    /** Not the API's: the console's copy of a brand font, served without a key (for {@code @font-face}). */
    public static final String CONSOLE_FONT = "/console/fonts/{name}.ttf";

    private ApiPaths() {
    }

    public static String job(String id) {
        return JOBS + "/" + id;
    }

    public static String batch(String id) {
        return BATCHES + "/" + id;
    }

    public static String retry(String id) {
        return job(id) + "/retry";
    }

    public static String events(String id) {
        return job(id) + "/events";
    }

    public static String consoleFont(String name) {
        return CONSOLE_FONT.replace("{name}", name);
    }

    public static String artifact(String id, String name) {
        return job(id) + "/artifacts/" + name;
    }
}
