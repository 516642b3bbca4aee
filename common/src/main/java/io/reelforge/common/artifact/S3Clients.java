package io.reelforge.common.artifact;

import io.reelforge.common.config.ReelforgeProperties;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;
import software.amazon.awssdk.utils.SdkAutoCloseable;

/**
 * The SDK's client and presigner for one bucket's settings, addressing the store alike (endpoint, path style,
 * region), so a presigned URL names the host the client talks to. Closing closes the credentials too.
 */
record S3Clients(S3Client s3, S3Presigner presigner, AwsCredentialsProvider credentials) implements SdkAutoCloseable {

    static S3Clients open(ReelforgeProperties.S3 settings, AwsCredentialsProvider credentials) {
        Region region = Region.of(settings.region());
        var client = S3Client.builder()
                .region(region)
                .credentialsProvider(credentials)
                .forcePathStyle(settings.pathStyle())
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                // checksums only where S3 requires them: several S3-compatible servers reject the SDK's default
                // trailing checksums; the store still checks each PUT's Content-Length, and TLS guards the bytes
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        var presigner = S3Presigner.builder()
                .region(region)
                .credentialsProvider(credentials)
                .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(settings.pathStyle()).build());
        if (settings.endpoint() != null) {
            client.endpointOverride(settings.endpoint());
            presigner.endpointOverride(settings.endpoint());
        }
        return new S3Clients(client.build(), presigner.build(), credentials);
    }

    @Override
    public void close() {
        s3.close();
        presigner.close();
        if (credentials instanceof SdkAutoCloseable closeable) {
            closeable.close();
        }
    }
}
