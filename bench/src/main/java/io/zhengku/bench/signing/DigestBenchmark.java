package io.zhengku.bench.signing;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.signing.digest.StreamingDigest;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Digest throughput over 16 KiB blocks through the signing module's streaming API, one block per operation
 * (update then finish), as {@code openssl speed -bytes 16384 -evp} measures it.
 */
@State(Scope.Thread)
public class DigestBenchmark {

    /** The block size of both sides of the comparison. */
    public static final int BLOCK_BYTES = 16 * 1024;

    private final byte[] block = new byte[BLOCK_BYTES];
    private StreamingDigest sha256;
    private StreamingDigest sm3;

    @Setup
    public void setUp() {
        new Random(16384).nextBytes(block);
        sha256 = new StreamingDigest(DigestAlgorithm.SHA256);
        sm3 = new StreamingDigest(DigestAlgorithm.SM3);
    }

    @Benchmark
    public Digest sha256() {
        return sha256.update(block, 0, block.length).finish();
    }

    @Benchmark
    public Digest sm3() {
        return sm3.update(block, 0, block.length).finish();
    }
}
