package io.zhengku.vault.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.minio.GetObjectArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LocalObjectStoreIT {

    private static final LocalObjectStore STORE = LocalObjectStore.shared();

    private final MinioClient client = MinioClient.builder()
            .endpoint(STORE.endpoint())
            .region("us-east-1")
            .credentials(STORE.accessKey(), STORE.secretKey())
            .build();

    @Test
    void an_object_put_with_its_sha256_reads_back_byte_for_byte() throws Exception {
        byte[] content = new byte[16 * 1024];
        new Random(36904).nextBytes(content);
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        client.makeBucket(MakeBucketArgs.builder().bucket("materials").build());

        // Over plain HTTP the client signs the body's SHA-256 (x-amz-content-sha256), which S3Proxy checks.
        client.putObject(PutObjectArgs.builder()
                .bucket("materials")
                .object(sha256)
                .stream(new ByteArrayInputStream(content), content.length, -1)
                .build());

        assertThat(client.statObject(StatObjectArgs.builder().bucket("materials").object(sha256).build()).size())
                .isEqualTo(content.length);
        try (InputStream in = client.getObject(GetObjectArgs.builder().bucket("materials").object(sha256).build())) {
            byte[] read = in.readAllBytes();
            assertThat(read).isEqualTo(content);
            assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(read))).isEqualTo(sha256);
        }
    }

    @Test
    void a_wrong_secret_key_is_refused() {
        MinioClient stranger = MinioClient.builder()
                .endpoint(STORE.endpoint())
                .region("us-east-1")
                .credentials(STORE.accessKey(), "not-the-secret-key")
                .build();

        ErrorResponseException refusal = catchThrowableOfType(ErrorResponseException.class,
                () -> stranger.makeBucket(MakeBucketArgs.builder().bucket("strangers").build()));

        assertThat(refusal.errorResponse().code()).isEqualTo("SignatureDoesNotMatch");
    }
}
