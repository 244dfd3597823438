package io.zhengku.vault.store;

import io.micronaut.context.annotation.Property;
import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectArgs;
import io.minio.Result;
import io.minio.StatObjectArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.Item;
import io.zhengku.core.digest.Digest;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * The vault's files in an S3-compatible object store (对象存储), content-addressed: a file's key is its SHA-256,
 * so storing the same bytes twice stores them once, and a key can be checked against the bytes it names.
 * Every upload carries a Content-MD5 header, which every S3 implementation checks before it stores (the newer
 * {@code x-amz-checksum-sha256} is refused as not implemented by S3Proxy), and the SHA-256 as user metadata.
 */
@Singleton
public class ObjectStore {

    /** Prefix of every key; the rest is the lowercase hex SHA-256. */
    public static final String KEY_PREFIX = "sha256/";

    private final MinioClient client;
    private final String bucket;

    public ObjectStore(MinioClient client, @Property(name = "zhengku.store.bucket", defaultValue = "zhengku-vault")
                       String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    public static String keyOf(Digest sha256) {
        return KEY_PREFIX + sha256.hex();
    }

    /** Creates the bucket on first use of the store, before anything reads or writes it. */
    @PostConstruct
    void createBucket() {
        call(() -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
            }
            return null;
        });
    }

    /** Stores a file under its SHA-256 unless the same bytes are already there; returns the key. */
    public String put(Path file, Digest sha256, String mediaType) {
        String key = keyOf(sha256);
        if (exists(key)) {
            return key;
        }
        call(() -> {
            String checksum = Base64.getEncoder().encodeToString(md5Of(file));
            try (InputStream in = Files.newInputStream(file)) {
                client.putObject(PutObjectArgs.builder().bucket(bucket).object(key)
                        .stream(in, Files.size(file), -1)
                        .contentType(mediaType)
                        .headers(Map.of("Content-MD5", checksum))
                        .userMetadata(Map.of("sha256", sha256.hex()))
                        .build());
            }
            return null;
        });
        return key;
    }

    public boolean exists(String key) {
        return call(() -> {
            try {
                client.statObject(StatObjectArgs.builder().bucket(bucket).object(key).build());
                return true;
            } catch (ErrorResponseException e) {
                if ("NoSuchKey".equals(e.errorResponse().code())) {
                    return false;
                }
                throw e;
            }
        });
    }

    /** Opens a stored file; the caller closes the stream. */
    public InputStream open(String key) {
        return call(() -> client.getObject(GetObjectArgs.builder().bucket(bucket).object(key).build()));
    }

    /** Removes a stored file; only the orphan cleaner does, under {@link ObjectClaims#removeOrphan}. */
    void remove(String key) {
        call(() -> {
            client.removeObject(RemoveObjectArgs.builder().bucket(bucket).object(key).build());
            return null;
        });
    }

    /** Every key in the bucket, for finding files no document refers to. */
    public List<String> keys() {
        return call(() -> {
            List<String> keys = new ArrayList<>();
            for (Result<Item> item : client.listObjects(ListObjectsArgs.builder().bucket(bucket)
                    .prefix(KEY_PREFIX).recursive(true).build())) {
                keys.add(item.get().objectName());
            }
            return keys;
        });
    }

    private static byte[] md5Of(Path file) throws IOException, NoSuchAlgorithmException {
        MessageDigest md5 = MessageDigest.getInstance("MD5");
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), md5)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return md5.digest();
    }

    private interface StoreCall<T> {
        T run() throws Exception;
    }

    private <T> T call(StoreCall<T> operation) {
        try {
            return operation.run();
        } catch (IOException e) {
            throw new ObjectStoreException("the object store cannot be reached: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ObjectStoreException("the object store refused the request: " + e.getMessage(), e);
        }
    }
}
