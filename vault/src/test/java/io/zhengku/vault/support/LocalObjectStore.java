package io.zhengku.vault.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.Properties;
import java.util.stream.Stream;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.jclouds.filesystem.reference.FilesystemConstants;

/**
 * An S3 object store for integration tests: S3Proxy with its filesystem backend, in this JVM, on a free port of
 * 127.0.0.1, with AWS v2/v4 authentication and random keys. Objects live in a fresh folder under {@code target/};
 * the server stops and the folder goes at JVM exit.
 *
 * <p>{@code MinioClient.builder().endpoint(store.endpoint()).credentials(store.accessKey(), store.secretKey())}
 */
public final class LocalObjectStore {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);
    private static LocalObjectStore shared;

    private final S3Proxy proxy;
    private final BlobStoreContext context;
    private final Path baseDir;
    private final String accessKey;
    private final String secretKey;

    private LocalObjectStore(S3Proxy proxy, BlobStoreContext context, Path baseDir, String accessKey, String secretKey) {
        this.proxy = proxy;
        this.context = context;
        this.baseDir = baseDir;
        this.accessKey = accessKey;
        this.secretKey = secretKey;
    }

    /** The store of this JVM, started on first use. */
    public static synchronized LocalObjectStore shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "local-object-store-stop"));
        }
        return shared;
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    public String accessKey() {
        return accessKey;
    }

    public String secretKey() {
        return secretKey;
    }

    private static LocalObjectStore start() {
        Path baseDir;
        try {
            baseDir = Files.createTempDirectory(Files.createDirectories(Path.of("target").toAbsolutePath()), "s3proxy-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Properties overrides = new Properties();
        overrides.setProperty(FilesystemConstants.PROPERTY_BASEDIR, baseDir.toString());
        BlobStoreContext context = ContextBuilder.newBuilder("filesystem")
                .overrides(overrides)
                .build(BlobStoreContext.class);
        String accessKey = "test" + randomHex(8);
        String secretKey = randomHex(20);
        try {
            S3Proxy proxy = S3Proxy.builder()
                    .blobStore(context.getBlobStore())
                    .endpoint(URI.create("http://127.0.0.1:0"))
                    .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, accessKey, secretKey)
                    .build();
            proxy.start();
            awaitStarted(proxy);
            return new LocalObjectStore(proxy, context, baseDir, accessKey, secretKey);
        } catch (Exception | LinkageError e) {
            context.close();
            deleteTree(baseDir);
            throw new IllegalStateException("could not start the in-process S3Proxy: " + e, e);
        }
    }

    private static void awaitStarted(S3Proxy proxy) throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!"STARTED".equals(proxy.getState())) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("S3Proxy is " + proxy.getState() + " after " + START_TIMEOUT);
            }
            Thread.sleep(10);
        }
    }

    private void stop() {
        try {
            proxy.stop();
        } catch (Exception e) {
            // the JVM is exiting; the folder goes either way
        } finally {
            context.close();
            deleteTree(baseDir);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String randomHex(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return HexFormat.of().formatHex(random);
    }
}
