package io.reelforge.gateway.api;

/** The routes of the public API, in one place for controllers, links and tests. */
public final class ApiPaths {

    public static final String V1 = "/api/v1";
    public static final String VIDEOS = V1 + "/videos";
    public static final String SCRAPE_PRODUCT_URL = V1 + "/scrape-product-url";
    public static final String GENERATE_SCRIPT = V1 + "/generate-script";
    public static final String GENERATE_VIDEO = V1 + "/generate-video";
    public static final String JOBS = V1 + "/jobs";
    public static final String JOB = JOBS + "/{id}";
    public static final String ARTIFACT = JOB + "/artifacts/{name}";

    private ApiPaths() {
    }

    public static String job(String id) {
        return JOBS + "/" + id;
    }

    public static String artifact(String id, String name) {
        return job(id) + "/artifacts/" + name;
    }
}
