package io.reelforge.standalone.cli;

import io.reelforge.gateway.api.ApiPaths;
import io.reelforge.gateway.batch.BatchFileNames;
import io.reelforge.gateway.batch.BatchItemView;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Saves a batch's videos into its folder as its items succeed. Items that share a job (the same page with the
 * same options) get the video downloaded once and hard-linked (or copied, where links are not possible) under each
 * item's name. A folder that holds a marker of the same batch is being resumed: videos already there are kept
 * rather than downloaded again (downloads are atomic, so a file there is whole); a folder of another batch of the
 * same name gets its files replaced.
 */
final class BatchDownloads {

    static final String MARKER = ".reelforge-batch";
    static final String VIDEO = "video.mp4";

    private final GatewayClient client;
    private final Path folder;
    private final int total;
    private final boolean resuming;
    private final Map<String, Path> byJob = new HashMap<>();
    private final Map<String, Integer> names = new HashMap<>();

    private BatchDownloads(GatewayClient client, Path folder, int total, boolean resuming) {
        this.client = client;
        this.folder = folder;
        this.total = total;
        this.resuming = resuming;
    }

    /** Makes the batch's folder and marks it as this batch's. */
    static BatchDownloads into(GatewayClient client, Path folder, String batchId, int total) throws IOException {
        Files.createDirectories(folder);
        Path marker = folder.resolve(MARKER);
        boolean resuming = Files.exists(marker) && Files.readString(marker).strip().equals(batchId);
        Files.writeString(marker, batchId + System.lineSeparator());
        return new BatchDownloads(client, folder, total, resuming);
    }

    Path folder() {
        return folder;
    }

    /** Videos saved so far, one per item (a duplicate's link counts). */
    int saved() {
        return names.size();
    }

    /** Saves a succeeded item's video under its own name and returns the file. */
    Path save(BatchItemView item) throws IOException, InterruptedException {
        String jobId = Objects.requireNonNull(item.jobId(), "a succeeded item has a job");
        Path target = folder.resolve(name(item));
        Path earlier = byJob.get(jobId);
        if (resuming && Files.isRegularFile(target) && Files.size(target) > 0) {
            // saved by an earlier run of this batch
        } else if (earlier != null && !earlier.equals(target)) {
            linkOrCopy(earlier, target);
        } else {
            client.download(ApiPaths.artifact(jobId, VIDEO), target);
        }
        byJob.putIfAbsent(jobId, target);
        names.put(target.getFileName().toString(), item.index());
        return target;
    }

    /** The item's file name, the same for the same item every time it is asked for. */
    private String name(BatchItemView item) {
        String name = BatchFileNames.video(item, total);
        Integer holder = names.get(name);
        return holder == null || holder == item.index() ? name : BatchFileNames.withIndex(name, item.index());
    }

    private static void linkOrCopy(Path existing, Path target) throws IOException {
        Files.deleteIfExists(target);
        try {
            Files.createLink(target, existing);
        } catch (UnsupportedOperationException | FileSystemException e) {
            Files.copy(existing, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
