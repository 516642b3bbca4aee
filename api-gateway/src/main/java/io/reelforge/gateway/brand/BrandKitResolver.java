package io.reelforge.gateway.brand;

import io.reelforge.common.job.BrandFont;
import io.reelforge.common.job.BrandKit;
import io.reelforge.common.job.JobOptions;
import io.reelforge.gateway.job.InvalidFieldException;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * The kit a job renders with: the job's own {@code brand} fields over its tenant's kit, stored into the job's
 * options at submit so the media worker gets it in the message and a retry renders the same look (a kit changed
 * later applies to jobs submitted later). The font must be one the media worker ships; the logo URL is checked
 * against the fetch policy by the caller, which knows how to name the field.
 */
@Component
public class BrandKitResolver {

    private final TenantBrandKits kits;

    BrandKitResolver(TenantBrandKits kits) {
        this.kits = kits;
    }

    /** The tenant's kit, read once for a whole batch. */
    public @Nullable BrandKit tenantKit(String tenant) {
        return kits.find(tenant).orElse(null);
    }

    /**
     * @param prefix put before {@code brand.font} in the field an unknown font is reported on ({@code items[3].options.})
     * @throws InvalidFieldException when the effective kit names a font that is not shipped
     */
    public static JobOptions withEffectiveKit(JobOptions options, @Nullable BrandKit tenantKit, String prefix) {
        BrandKit own = options.brand();
        BrandKit effective = own == null ? tenantKit : own.over(tenantKit);
        if (effective != null) {
            checkFont(prefix + "brand.font", effective.font());
        }
        return options.withBrand(effective);
    }

    /** @throws InvalidFieldException naming {@code field} when {@code font} is set and not shipped */
    public static void checkFont(String field, @Nullable String font) {
        if (font != null && BrandFont.find(font).isEmpty()) {
            throw new InvalidFieldException(field, "must be one of the shipped fonts: "
                    + String.join(", ", BrandFont.ids()) + " (GET /api/v1/brand/fonts); " + font + " is not");
        }
    }
}
