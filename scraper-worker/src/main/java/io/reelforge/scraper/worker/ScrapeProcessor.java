package io.reelforge.scraper.worker;

import io.reelforge.common.job.ErrorCode;
import io.reelforge.common.message.JobMessage;
import io.reelforge.common.message.ScrapeRequest;
import io.reelforge.common.product.ProductDetails;
import io.reelforge.common.stage.PermanentJobFailure;
import io.reelforge.common.stage.StageContext;
import io.reelforge.common.stage.StageOutcome;
import io.reelforge.common.stage.StageProcessor;
import io.reelforge.scraper.extract.ProductExtractor;
import io.reelforge.scraper.fetch.PageLoader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The scraping stage: fetch the page, read the product on it. Knows nothing of Kafka. */
public class ScrapeProcessor implements StageProcessor<ScrapeRequest> {

    private static final Logger log = LoggerFactory.getLogger(ScrapeProcessor.class);

    private final PageLoader loader;
    private final ProductExtractor extractor;

    public ScrapeProcessor(PageLoader loader, ProductExtractor extractor) {
        this.loader = loader;
        this.extractor = extractor;
    }

    @Override
    public StageOutcome process(JobMessage message, ScrapeRequest request, StageContext context)
            throws InterruptedException {
        context.progress(0.05);
        PageLoader.LoadedPage page = loader.load(request.url());
        context.progress(0.6);
        ProductDetails product = extractor.extract(page.document(), page.uri())
                .orElseThrow(() -> new PermanentJobFailure(ErrorCode.NOT_A_PRODUCT_PAGE, "No product was found on "
                        + request.url() + ": the page has no product markup, price or buyable product picture. "
                        + "Submit the page of a single product, not a category, search or article page."));
        log.info("job {}: '{}' with {} images, price {} {}", message.jobId(), product.title(),
                product.images().size(), product.price(), product.currency());
        context.progress(1.0);
        return new StageOutcome.Scraped(product);
    }
}
