package io.reelforge.gateway.batch;

import io.micrometer.core.instrument.MeterRegistry;
import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.net.UrlPolicy;
import io.reelforge.gateway.GatewayProperties;
import io.reelforge.gateway.feed.FeedLoader;
import io.reelforge.gateway.feed.FeedReader;
import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The feed readers batches are made from, with the gateway's limits and the shared fetch policy; the batch backlog's
 * gauges.
 */
@Configuration(proxyBeanMethods = false)
class BatchConfiguration {

    @Bean
    FeedReader feedReader(GatewayProperties properties, Clock clock) {
        return new FeedReader(properties.batches().feeds(), clock);
    }

    @Bean
    FeedLoader feedLoader(UrlPolicy policy, ReelforgeProperties common, FeedReader reader) {
        return new FeedLoader(policy, common.fetch(), reader);
    }

    @Bean
    BatchBacklogGauges batchBacklogGauges(BatchStore batches, BatchSummaries summaries, MeterRegistry registry,
            GatewayProperties properties) {
        return new BatchBacklogGauges(batches, summaries, registry, properties.gaugeRefresh());
    }
}
