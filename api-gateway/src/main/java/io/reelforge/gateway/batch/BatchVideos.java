package io.reelforge.gateway.batch;

import io.reelforge.common.artifact.ArtifactStore;
import io.reelforge.common.artifact.StoredArtifact;
import io.reelforge.common.job.Artifact;
import io.reelforge.common.job.Job;
import io.reelforge.common.job.JobStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.attribute.FileTime;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A batch's videos as one zip: each succeeded item's video, in item order, named as {@code reelforge batch} names
 * its files ({@link BatchFileNames}; the title is the item's product's, else the scraped one). Items that repeat an
 * earlier one share its video, which is in the zip once.
 *
 * <p>The zip is written as it is read: each video streams from the artifact store (a file or an S3 object) into
 * the answer, and only the current item is held, so a 10,000-video zip costs the gateway no more memory than one.
 * Entries are DEFLATE at level 0: MP4 is compressed already, so the bytes are stored as they are (in blocks of
 * 64 KiB with a 5-byte header each), and the CRC and sizes follow each entry in a data descriptor. A STORED entry
 * needs them before its bytes, which would mean reading every video twice; and a STORED entry with a data
 * descriptor is valid but unreadable to many unzip tools (Java's {@code ZipInputStream} among them).
 */
@Component
public class BatchVideos {

    private static final int ITEM_CHUNK = 1000;

    private final BatchStore batches;
    private final BatchSummaries summaries;
    private final JobStore jobs;
    private final ArtifactStore artifacts;

    BatchVideos(BatchStore batches, BatchSummaries summaries, JobStore jobs, ArtifactStore artifacts) {
        this.batches = batches;
        this.summaries = summaries;
        this.jobs = jobs;
        this.artifacts = artifacts;
    }

    /**
     * The tenant's batch, checked to have at least one video, before a byte of the zip is sent: afterwards an
     * error can only cut the zip short.
     *
     * @throws BatchNotFoundException when the tenant has no such batch
     * @throws NoVideosException when no item has a video (yet)
     */
    Batch withVideos(String tenant, String id) throws IOException {
        Batch batch = summaries.find(tenant, id).orElseThrow(() -> new BatchNotFoundException(id));
        boolean[] found = {false};
        eachVideo(batch, video -> {
            found[0] = true;
            return false;
        });
        if (!found[0]) {
            throw new NoVideosException(id, batch.status());
        }
        return batch;
    }

    /** Writes the zip of the batch's videos to {@code out}. */
    void write(Batch batch, OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out);
        zip.setLevel(Deflater.NO_COMPRESSION);
        Set<String> names = new HashSet<>();
        eachVideo(batch, video -> {
            BatchItem item = video.item();
            String name = BatchFileNames.video(item.index(), item.sourceId(), video.title(), item.url(), batch.total());
            if (!names.add(name)) {
                name = BatchFileNames.withIndex(name, item.index()); // feed ids are not always unique
                names.add(name);
            }
            ZipEntry entry = new ZipEntry(name);
            entry.setLastModifiedTime(FileTime.from(video.file().lastModified()));
            zip.putNextEntry(entry);
            try (InputStream bytes = video.file().open(0)) {
                bytes.transferTo(zip);
            }
            zip.closeEntry();
            return true;
        });
        zip.finish();
    }

    private record Video(BatchItem item, Job job, StoredArtifact file) {

        @Nullable String title() {
            if (item.product() != null) {
                return item.product().title();
            }
            return job.results().product() == null ? null : job.results().product().title();
        }
    }

    private interface VideoAction {
        /** @return whether to go on to the next video */
        boolean accept(Video video) throws IOException;
    }

    /** Hands {@code action} each succeeded item's video in item order, reading them as it goes, until it says stop. */
    private void eachVideo(Batch batch, VideoAction action) throws IOException {
        Map<String, String> outcomes = batches.outcomes(batch.id());
        for (int from = 0; from < batch.total(); from += ITEM_CHUNK) {
            for (BatchItem item : batches.items(batch.id(), from, ITEM_CHUNK)) {
                Optional<Video> video = video(batch, item, outcomes);
                if (video.isPresent() && !action.accept(video.get())) {
                    return;
                }
            }
        }
    }

    /** The item's video: it has a job of its own, which succeeded, and whose video is still in the store. */
    private Optional<Video> video(Batch batch, BatchItem item, Map<String, String> outcomes) throws IOException {
        if (item.state() != BatchItem.State.RELEASED) {
            return Optional.empty(); // not made (yet), skipped, or a repeat of an earlier item
        }
        String jobId = BatchItem.jobId(batch.id(), item.index());
        if (!BatchOutcomes.SUCCEEDED.equals(outcomes.get(jobId))) {
            return Optional.empty();
        }
        Optional<Job> job = jobs.find(jobId);
        Optional<Artifact> video = job.flatMap(j -> j.results().artifacts().stream()
                .filter(a -> a.contentType().startsWith("video/")).findFirst());
        if (video.isEmpty()) {
            return Optional.empty(); // the job's record has expired
        }
        return artifacts.find(jobId, video.get().name()).map(file -> new Video(item, job.get(), file));
    }
}
