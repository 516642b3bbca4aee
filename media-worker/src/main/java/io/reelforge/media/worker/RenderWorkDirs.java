package io.reelforge.media.worker;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The private folders renders work in ({@code render-<pid>-<job>-<random>} under the work root). A render removes
 * its own when it ends; a worker killed mid-render cannot, so each worker removes at start-up the folders of
 * processes that no longer run. Naming the process keeps it from touching a live neighbour's folders when several
 * workers share one machine's temporary directory.
 */
final class RenderWorkDirs {

    private static final Logger log = LoggerFactory.getLogger(RenderWorkDirs.class);
    private static final Pattern NAME = Pattern.compile("render-(\\d+)-.+");

    private final Path root;

    RenderWorkDirs(Path root) {
        this.root = root;
    }

    /** A new folder for one render of the job. */
    Path create(String jobId) throws IOException {
        Files.createDirectories(root);
        return Files.createTempDirectory(root, "render-" + ProcessHandle.current().pid() + "-" + jobId + "-");
    }

    /** Removes the folders left by renders of processes that are no longer alive; returns those it removed. */
    List<Path> removeAbandoned() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> entries = Files.list(root)) {
            List<Path> abandoned = entries.filter(Files::isDirectory).filter(RenderWorkDirs::ownerIsGone).toList();
            abandoned.forEach(RenderWorkDirs::delete);
            if (!abandoned.isEmpty()) {
                log.info("removed {} render folder(s) left by workers that died mid-render under {}", abandoned.size(),
                        root);
            }
            return abandoned;
        } catch (IOException e) {
            log.warn("could not look for abandoned render folders under {}: {}", root, e.toString());
            return List.of();
        }
    }

    static void delete(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            log.warn("could not remove the render directory {}: {}", dir, e.toString());
        }
    }

    private static boolean ownerIsGone(Path dir) {
        Matcher name = NAME.matcher(dir.getFileName().toString());
        if (!name.matches()) {
            return false;
        }
        long pid = Long.parseLong(name.group(1));
        return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }
}
