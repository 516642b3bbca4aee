package io.reelforge.gateway.artifact;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.config.ReelforgeProperties;
import io.reelforge.common.job.JobStore;
import io.reelforge.common.stage.WorkerIds;
import io.reelforge.gateway.GatewayApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.data.redis.core.StringRedisTemplate;

/** The gateway deletes expired jobs' files: it serves them, and every deployment has one. */
@Configuration(proxyBeanMethods = false)
class ArtifactConfiguration {

    @Bean
    ArtifactRetention artifactRetention(ArtifactStore artifacts, JobStore jobs, StringRedisTemplate redis,
            ReelforgeProperties properties, Environment environment) {
        String app = environment.getProperty("spring.application.name", GatewayApplication.NAME);
        return new ArtifactRetention(artifacts, jobs, redis, properties.artifacts().sweepInterval(),
                WorkerIds.next(app));
    }
}
