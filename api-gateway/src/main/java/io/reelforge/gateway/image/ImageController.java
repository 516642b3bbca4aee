package io.reelforge.gateway.image;

import io.reelforge.common.job.Job;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.auth.Caller;
import io.reelforge.gateway.brand.BrandKitNotFoundException;
import io.reelforge.gateway.brand.TenantBrandKits;
import io.reelforge.gateway.job.JobQueryService;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Optional;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A job's product images and the tenant's logo, fetched by the gateway so the console can show them: its page may
 * load images from the gateway only, which keeps every viewer's browser away from the stores' servers (they would
 * see each viewer's address and could track them). The caller's key decides which job and kit it may read, as on
 * every route. The answers are only what {@link ImageFetcher} recognised as a picture, labelled by that type, not
 * sniffed again by browsers; an SVG logo carries a policy that lets it run nothing and load nothing.
 */
@RestController
@Tag(name = "Images", description = "Product images and the brand logo, through the gateway")
class ImageController {

    /** Lets an SVG draw (its inline styles) and nothing else, even if opened on its own rather than in an img. */
    static final String SVG_POLICY = "default-src 'none'; style-src 'unsafe-inline'; sandbox";

    private final ImageFetcher fetcher;
    private final JobQueryService jobs;
    private final TenantBrandKits kits;
    private final CacheControl caching;

    ImageController(ImageFetcher fetcher, JobQueryService jobs, TenantBrandKits kits, GatewayProperties properties) {
        this.fetcher = fetcher;
        this.jobs = jobs;
        this.kits = kits;
        this.caching = CacheControl.maxAge(properties.images().maxAge()).cachePrivate();
    }

    @GetMapping(ApiPaths.JOB_IMAGE)
    @Operation(summary = "One of the job's product images (0-based, as results.product.images lists them, or the"
            + " request's product for a render job), fetched from the store by the gateway")
    @ApiResponse(responseCode = "200", description = "A JPEG, PNG, GIF, WebP or AVIF picture", content = @Content(
            mediaType = "image/*", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "blocked_url: the fetch policy refuses the image's address")
    @ApiResponse(responseCode = "404", description = "job_not_found, or image_not_found: the job has no image of"
            + " this number (yet)")
    @ApiResponse(responseCode = "502", description = "image_unavailable: the store failed, was too slow, or the"
            + " image is too large; not_an_image: the store answered with something that is no picture")
    ResponseEntity<byte[]> productImage(Caller caller, @PathVariable String id, @PathVariable int index)
            throws InterruptedException {
        Job job = jobs.find(caller.tenant(), id);
        List<String> images = Optional.ofNullable(job.results()).map(results -> results.product())
                .or(() -> Optional.ofNullable(job.request().product())).map(ProductDetails::images).orElse(List.of());
        if (index < 0 || index >= images.size()) {
            throw new ImageNotFoundException("The job has no product image number " + index + ": it has "
                    + images.size() + " (numbered from 0).");
        }
        return answer(fetcher.fetch(images.get(index), "product.images[" + index + "]", false));
    }

    @GetMapping(ApiPaths.BRAND_LOGO)
    @Operation(summary = "The logo of the caller's brand kit, fetched by the gateway; an SVG logo is served with a"
            + " Content-Security-Policy that lets it run and load nothing")
    @ApiResponse(responseCode = "200", description = "A JPEG, PNG, GIF, WebP, AVIF or SVG picture",
            content = @Content(mediaType = "image/*", schema = @Schema(type = "string", format = "binary")))
    @ApiResponse(responseCode = "400", description = "blocked_url: the fetch policy refuses the logo's address")
    @ApiResponse(responseCode = "404", description = "brand_kit_not_found, or image_not_found: the kit has no logo")
    @ApiResponse(responseCode = "502", description = "image_unavailable or not_an_image, as for product images")
    ResponseEntity<byte[]> logo(Caller caller) throws InterruptedException {
        String url = kits.find(caller.tenant()).orElseThrow(BrandKitNotFoundException::new).logoUrl();
        if (url == null) {
            throw new ImageNotFoundException("The brand kit has no logo.");
        }
        return answer(fetcher.fetch(url, "logoUrl", true));
    }

    private ResponseEntity<byte[]> answer(FetchedImage image) {
        var answer = ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(image.type().mediaType()))
                .cacheControl(caching)
                .header("X-Content-Type-Options", "nosniff");
        if (image.type() == ImageType.SVG) {
            answer.header("Content-Security-Policy", SVG_POLICY);
        }
        return answer.body(image.bytes());
    }
}
