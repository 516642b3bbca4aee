package io.reelforge.standalone.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Where a batch's items come from: a feed file on this machine, uploaded as the request's body, or a feed's URL,
 * which the gateway fetches itself (through its fetch policy).
 */
sealed interface BatchSource {

    /** How many first bytes decide a file's type when its name does not. */
    int HEAD = 512;

    /** What this source contributes to the batch's Idempotency-Key: the file's content, or the URL. */
    String fingerprint();

    /**
     * A local feed; {@code contentType} routes the upload (the gateway reads the format from the bytes themselves).
     *
     * @param sha256 the file's content, hashed as it was when read
     */
    record FeedFile(Path path, String contentType, String sha256) implements BatchSource {

        @Override
        public String fingerprint() {
            return "file:" + sha256;
        }
    }

    record FeedUrl(String url) implements BatchSource {

        @Override
        public String fingerprint() {
            return "url:" + url;
        }
    }

    /**
     * The source a command-line argument names: an http(s) URL, else a readable file.
     *
     * @throws IOException when the file cannot be read
     */
    static BatchSource of(String argument) throws IOException {
        String lower = argument.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            return new FeedUrl(argument);
        }
        Path path = Path.of(argument);
        if (!Files.isRegularFile(path)) {
            throw new NoSuchFileException(argument, null, "no such file (give a CSV or Merchant XML feed file, or an"
                    + " http(s) URL of one)");
        }
        byte[] head;
        try (InputStream in = Files.newInputStream(path)) {
            head = in.readNBytes(HEAD);
        }
        return new FeedFile(path, contentType(path.getFileName().toString(), head), sha256(path));
    }

    /**
     * The Content-Type to upload a feed file with: from its extension ({@code .csv}, {@code .tsv}, {@code .xml},
     * {@code .rss}, {@code .atom}), else from its first bytes: XML starts with {@code <} (after a byte order mark
     * and white space), and anything else is taken for CSV, which the gateway checks and explains if it is not.
     */
    static String contentType(String fileName, byte[] head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        int dot = name.lastIndexOf('.');
        switch (dot < 0 ? "" : name.substring(dot + 1)) {
            case "csv", "tsv" -> {
                return "text/csv";
            }
            case "rss" -> {
                return "application/rss+xml";
            }
            case "atom" -> {
                return "application/atom+xml";
            }
            case "xml" -> {
                return "application/xml";
            }
            default -> {
                // no telling extension: the bytes decide below
            }
        }
        String start = new String(head, StandardCharsets.UTF_8).replace("\uFEFF", "").stripLeading();
        if (!start.startsWith("<")) {
            return "text/csv";
        }
        String lowerStart = start.toLowerCase(Locale.ROOT);
        if (lowerStart.contains("<rss")) {
            return "application/rss+xml";
        }
        return lowerStart.contains("<feed") ? "application/atom+xml" : "application/xml";
    }

    private static String sha256(Path file) throws IOException {
        MessageDigest digest;
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }
}
