package io.reelforge.gateway.console;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.core.io.Resource;

/**
 * Entity tags for the console's files, from their content, so a browser revalidates its copy with a
 * {@code 304 Not Modified} instead of downloading it again. The files are in the jar and change only with a release,
 * so a file's tag is computed on its first request and kept. A tag from the content, not the jar's timestamps,
 * stays the same across gateways built from the same sources, behind a load balancer too.
 */
final class ContentTags {

    private static final int HEX_BYTES = 16;

    private final Map<String, String> tags = new ConcurrentHashMap<>();

    /** The file's tag (hexadecimal, unquoted: Spring quotes it). */
    String of(Resource file) {
        return tags.computeIfAbsent(file.getDescription(), key -> digest(file));
    }

    private static String digest(Resource file) {
        try (DigestInputStream in = new DigestInputStream(file.getInputStream(),
                MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(in.getMessageDigest().digest(), 0, HEX_BYTES);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
