package io.reelforge.common.artifact;

import io.reelforge.common.config.ReelforgeProperties;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectRequest;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Artifacts as objects in a bucket of any S3-compatible store ({@code <prefix><jobId>/<name>}), so media workers and
 * gateways on different machines share them. A PUT is atomic (readers see the old object or the whole new one), which
 * is all the store's contract asks. Files go up in one PUT (up to 5 GB, far above a video's size).
 *
 * <p>Errors name the bucket and key and the store's answer, never the credentials: they come from the SDK's
 * credential chain and the SDK keeps them out of its messages. A presigned URL is a bearer token for one object
 * until it expires: it is handed to the client that asked and logged nowhere.
 */
public final class S3ArtifactStore implements ArtifactStore, AutoCloseable {

    private final S3Clients clients;
    private final S3Client s3;
    private final String bucket;
    private final String prefix;
    private final Duration presignTtl;

    private S3ArtifactStore(S3Clients clients, ReelforgeProperties.S3 settings) {
        this.clients = clients;
        this.s3 = clients.s3();
        this.bucket = settings.bucket();
        this.prefix = settings.prefix();
        this.presignTtl = settings.presignTtl();
    }

    /** A store on the configured bucket; it owns {@code credentials} and closes them with itself. */
    public static S3ArtifactStore connect(ReelforgeProperties.S3 settings, AwsCredentialsProvider credentials) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new IllegalArgumentException("reelforge.artifacts.s3.bucket must be set for the S3 artifact store");
        }
        return new S3ArtifactStore(S3Clients.open(settings, credentials), settings);
    }

    @Override
    public long write(String jobId, String name, InputStream content) throws IOException {
        ArtifactNames.check(jobId, name);
        // a PUT needs the length up front: spool the stream to a local file first
        Path spool = Files.createTempFile("reelforge-artifact-", ".part");
        try {
            Files.copy(content, spool, StandardCopyOption.REPLACE_EXISTING);
            return put(jobId, name, spool);
        } finally {
            Files.deleteIfExists(spool);
        }
    }

    @Override
    public long importFile(String jobId, String name, Path file) throws IOException {
        ArtifactNames.check(jobId, name);
        long size = put(jobId, name, file);
        Files.delete(file);
        return size;
    }

    private long put(String jobId, String name, Path file) throws IOException {
        String key = key(jobId, name);
        long size = Files.size(file);
        try {
            s3.putObject(put -> put.bucket(bucket).key(key).contentType(ArtifactNames.contentType(name))
                    .contentLength(size), RequestBody.fromFile(file));
            return size;
        } catch (SdkException e) {
            throw failure("PUT", key, e);
        }
    }

    @Override
    public Optional<StoredArtifact> find(String jobId, String name) throws IOException {
        if (!ArtifactNames.isValidJobId(jobId) || !ArtifactNames.isValidName(name)) {
            return Optional.empty();
        }
        String key = key(jobId, name);
        try {
            HeadObjectResponse head = s3.headObject(h -> h.bucket(bucket).key(key));
            return Optional.of(new S3Artifact(this, key, name, head.contentLength(), head.lastModified(),
                    quoted(head.eTag())));
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) { // a HEAD's error has no body, so no NoSuchKey code either
                return Optional.empty();
            }
            throw failure("HEAD", key, e);
        } catch (SdkException e) {
            throw failure("HEAD", key, e);
        }
    }

    @Override
    public void deleteAll(String jobId) throws IOException {
        if (!ArtifactNames.isValidJobId(jobId)) {
            throw new IllegalArgumentException("invalid job id for an artifact: " + jobId);
        }
        String folder = prefix + jobId + "/";
        try {
            // one DELETE per object (a job has a handful): DeleteObjects wants a checksum header that not every
            // S3-compatible server accepts in the SDK's form
            for (S3Object object : s3.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(folder)).contents()) {
                s3.deleteObject(d -> d.bucket(bucket).key(object.key()));
            }
        } catch (SdkException e) {
            throw failure("DELETE", folder, e);
        }
    }

    @Override
    public List<String> jobIds() throws IOException {
        List<String> ids = new ArrayList<>();
        try {
            for (CommonPrefix folder : s3.listObjectsV2Paginator(l -> l.bucket(bucket).prefix(prefix).delimiter("/"))
                    .commonPrefixes()) {
                String id = folder.prefix().substring(prefix.length(), folder.prefix().length() - 1);
                if (ArtifactNames.isValidJobId(id)) {
                    ids.add(id);
                }
            }
            return ids;
        } catch (SdkException e) {
            throw failure("LIST", prefix, e);
        }
    }

    /** The object's bytes from {@code offset} on: one ranged GET, so a seek far into a video costs no more. */
    InputStream open(String key, long offset) throws IOException {
        try {
            GetObjectRequest.Builder get = GetObjectRequest.builder().bucket(bucket).key(key);
            if (offset > 0) {
                get.range("bytes=" + offset + "-");
            }
            return s3.getObject(get.build());
        } catch (SdkException e) {
            throw failure("GET", key, e);
        }
    }

    /** A GET of the object signed for {@code presign-ttl}, answering with the artifact's type and name. */
    URI presign(String key, String name) {
        var request = clients.presigner().presignGetObject(p -> p.signatureDuration(presignTtl)
                .getObjectRequest(get -> get.bucket(bucket).key(key)
                        .responseContentType(ArtifactNames.contentType(name))
                        .responseContentDisposition(ArtifactNames.inlineDisposition(name))));
        try {
            return request.url().toURI();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("the SDK presigned a URL that is no URI", e);
        }
    }

    private String key(String jobId, String name) {
        return prefix + jobId + "/" + name;
    }

    private IOException failure(String operation, String key, SdkException e) {
        return new IOException(operation + " s3://" + bucket + "/" + key + " failed: " + e.getMessage(), e);
    }

    private static String quoted(String etag) {
        return etag.startsWith("\"") ? etag : '"' + etag + '"';
    }

    @Override
    public void close() {
        clients.close();
    }
}
