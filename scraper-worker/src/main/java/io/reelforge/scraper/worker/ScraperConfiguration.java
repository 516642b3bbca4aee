package io.reelforge.scraper.worker;

import io.reelforge.common.net.SafeHttpClient;
import io.reelforge.scraper.ScraperProperties;
import io.reelforge.scraper.extract.ProductExtractor;
import io.reelforge.scraper.fetch.PageLoader;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the plain, Spring-free pieces of the scraper into the application. */
@Configuration(proxyBeanMethods = false)
class ScraperConfiguration {

    @Bean
    PageLoader pageLoader(SafeHttpClient http, ScraperProperties properties) {
        return new PageLoader(http, properties.retries().toFetchRetries());
    }

    @Bean
    ProductExtractor productExtractor(ScraperProperties properties) {
        return new ProductExtractor(properties.limits());
    }

    @Bean
    ScrapeProcessor scrapeProcessor(PageLoader loader, ProductExtractor extractor) {
        return new ScrapeProcessor(loader, extractor);
    }
}
