package io.reelforge.media.worker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStatus;
import io.reelforge.common.job.StageRun;
import io.reelforge.common.message.Topics;
import io.reelforge.common.stage.StageExecutor;
import io.reelforge.common.testing.SharedKafka;
import io.reelforge.common.testing.SharedRedis;
import io.reelforge.media.MediaWorkerApplication;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.listener.MessageListenerContainer;

class TwoMediaWorkersTest extends KafkaMediaWorkerTest {

    private static final int PARTITIONS = 4;
    private static final int JOBS = 6;

    @Autowired
    StageExecutor firstWorker;
    @Autowired
    KafkaListenerEndpointRegistry firstListeners;

    private ConfigurableApplicationContext secondWorker;

    @AfterEach
    void stopSecondWorker() {
        if (secondWorker != null) {
            secondWorker.close();
        }
    }

    @Test
    void twoWorkersInOneGroupShareTheJobsAndRenderEachOnce() throws Exception {
        secondWorker = MediaWorkerApplication.builder()
                .run(sameSettingsAsTheTestContext(SharedKafka.bootstrapServers(), SharedRedis.url()));
        var secondListeners = secondWorker.getBean(KafkaListenerEndpointRegistry.class);
        await().atMost(Duration.ofSeconds(60)).until(() -> assigned(firstListeners).size() == 2
                && assigned(secondListeners).size() == 2);

        List<Job> jobs = new ArrayList<>();
        for (String id : idsLandingOnEveryPartition()) {
            Job job = createRenderJob(id, script("Job " + id.substring(0, 4) + " is rendered once."));
            sendRenderRequest(job);
            jobs.add(job);
        }

        Set<String> workers = new HashSet<>();
        for (Job job : jobs) {
            Job done = awaitStatus(job.id(), JobStatus.SUCCEEDED);
            List<StageRun> renders = done.history().stream().filter(r -> r.stage() == JobStatus.RENDERING).toList();
            assertThat(renders).as("rendering runs of job %s", job.id()).hasSize(1);
            workers.add(renders.getFirst().worker());
        }
        String second = secondWorker.getBean(StageExecutor.class).workerId();
        assertThat(second).isNotEqualTo(firstWorker.workerId());
        assertThat(workers).containsExactlyInAnyOrder(firstWorker.workerId(), second);
    }

    /** Job ids whose keys the producer's default partitioner spreads over every partition, in turn. */
    private static List<String> idsLandingOnEveryPartition() {
        List<String> ids = new ArrayList<>();
        while (ids.size() < JOBS) {
            String id = UUID.randomUUID().toString();
            byte[] key = id.getBytes(StandardCharsets.UTF_8);
            if (BuiltInPartitioner.partitionForKey(key, PARTITIONS) == ids.size() % PARTITIONS) {
                ids.add(id);
            }
        }
        return ids;
    }

    private static List<TopicPartition> assigned(KafkaListenerEndpointRegistry registry) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (MessageListenerContainer container : registry.getListenerContainers()) {
            var assigned = container.getAssignedPartitions();
            if (assigned != null) {
                assigned.stream().filter(p -> p.topic().equals(Topics.RENDER_REQUESTS)).forEach(partitions::add);
            }
        }
        return partitions;
    }
}
