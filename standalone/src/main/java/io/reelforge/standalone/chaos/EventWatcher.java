package io.reelforge.standalone.chaos;

import io.reelforge.common.json.Json;
import io.reelforge.common.message.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads every job event from the beginning of the events topic (no consumer group: it commits nothing and outlives
 * broker restarts by reconnecting), and keeps two things: each job's final events, by job version (a job finished
 * twice has final events of two versions), and when each kind of work was last seen done, to tell when a restarted
 * process is back at work.
 */
final class EventWatcher implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EventWatcher.class);
    private static final Set<String> FINAL = Set.of("succeeded", "failed", "canceled");

    /** Work seen done: by whom ({@code null} for "any change"), and the time of the job change. */
    record Work(@Nullable ProcessKind by, Instant at) {
    }

    private final KafkaConsumer<String, String> consumer;
    private final Function<String, Optional<ChaosPlan.JobType>> typeOf;
    private final JsonMapper json = Json.mapper();
    private final Map<String, Set<Long>> finalVersions = new ConcurrentHashMap<>();
    private final Map<String, String> lastStatus = new HashMap<>();
    private final List<Work> work = new ArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;

    /** @param typeOf the type of one of our jobs, by id (events of other jobs count as "any change" only) */
    EventWatcher(String bootstrapServers, Function<String, Optional<ChaosPlan.JobType>> typeOf) {
        Properties props = new Properties();
        props.put("bootstrap.servers", bootstrapServers);
        props.put("enable.auto.commit", "false");
        props.put("auto.offset.reset", "earliest");
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
        this.typeOf = typeOf;
        this.thread = Thread.ofPlatform().name("chaos-events").daemon(true).start(this::run);
    }

    private void run() {
        try {
            List<TopicPartition> partitions = List.of();
            while (running && partitions.isEmpty()) {
                try {
                    partitions = consumer.partitionsFor(Topics.JOB_EVENTS, Duration.ofSeconds(5)).stream()
                            .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
                } catch (RuntimeException e) {
                    if (e instanceof WakeupException) {
                        throw e;
                    }
                    log.debug("events topic not readable yet", e);
                }
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            while (running) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(500))) {
                    seen(record.value());
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void seen(String value) {
        JsonNode event;
        try {
            event = json.readTree(value);
        } catch (RuntimeException e) {
            log.warn("an event that is not JSON: {}", value);
            return;
        }
        String job = event.path("jobId").asString();
        String status = event.path("status").asString();
        Instant at = instant(event.path("at"));
        if (FINAL.contains(status)) {
            finalVersions.computeIfAbsent(job, j -> ConcurrentHashMap.newKeySet()).add(event.path("jobVersion").asLong());
        }
        synchronized (this) {
            String before = lastStatus.put(job, status);
            work.add(new Work(null, at));
            ProcessKind by = doneBy(typeOf.apply(job).orElse(null), before, status);
            if (by != null) {
                work.add(new Work(by, at));
            }
        }
    }

    /** Jackson writes instants as ISO-8601 text unless told otherwise; read a number of seconds as well. */
    private static Instant instant(JsonNode at) {
        if (at.isNumber()) {
            return Instant.ofEpochMilli((long) (at.asDouble() * 1000));
        }
        return Instant.parse(at.asString());
    }

    /** Which worker's work a move shows done: entering a stage means the one before it finished. */
    private static @Nullable ProcessKind doneBy(ChaosPlan.@Nullable JobType type, @Nullable String before, String now) {
        if (type == null || now.equals(before)) {
            return null;
        }
        return switch (now) {
            case "scripting" -> ProcessKind.SCRAPER;
            case "rendering" -> ProcessKind.SCRIPT;
            case "succeeded" -> type == ChaosPlan.JobType.SCRAPE ? ProcessKind.SCRAPER : ProcessKind.MEDIA;
            default -> null;
        };
    }

    /**
     * The first time after {@code since} that work of {@code kind} was seen done (for Kafka and Redis: any job
     * change, which needs both); empty if none was.
     */
    synchronized Optional<Instant> firstWorkAfter(ProcessKind kind, Instant since) {
        boolean anyChange = kind == ProcessKind.KAFKA || kind == ProcessKind.REDIS;
        return work.stream()
                .filter(w -> anyChange ? w.by() == null : w.by() == kind)
                .map(Work::at)
                .filter(at -> at.isAfter(since))
                .min(Instant::compareTo);
    }

    /** Jobs with final events of more than one job version: finished twice. */
    Map<String, Set<Long>> finishedTwice() {
        Map<String, Set<Long>> twice = new HashMap<>();
        finalVersions.forEach((job, versions) -> {
            if (versions.size() > 1) {
                twice.put(job, new HashSet<>(versions));
            }
        });
        return twice;
    }

    @Override
    public void close() throws InterruptedException {
        running = false;
        consumer.wakeup();
        thread.join(Duration.ofSeconds(10));
    }
}
