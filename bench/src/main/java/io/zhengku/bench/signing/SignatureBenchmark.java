package io.zhengku.bench.signing;

import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealSignatures;
import io.zhengku.signing.key.SoftwareSigner;
import java.util.Random;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * SM2-with-SM3 and ECDSA-P256-with-SHA256 signing and verification of a short message through the signing
 * module (Bouncy Castle underneath), as {@code openssl speed sm2} and {@code openssl speed ecdsap256} do.
 */
@State(Scope.Thread)
public class SignatureBenchmark {

    private final byte[] message = new byte[32];
    private SoftwareSigner sm2;
    private SoftwareSigner ecdsa;
    private byte[] sm2Signature;
    private byte[] ecdsaSignature;

    @Setup
    public void setUp() {
        new Random(2).nextBytes(message);
        sm2 = SoftwareSigner.generate(SealAlgorithm.SM2_SM3);
        ecdsa = SoftwareSigner.generate(SealAlgorithm.ECDSA_P256_SHA256);
        sm2Signature = sm2.sign(message);
        ecdsaSignature = ecdsa.sign(message);
    }

    @Benchmark
    public byte[] sm2Sign() {
        return sm2.sign(message);
    }

    @Benchmark
    public void sm2Verify() throws VerificationException {
        SealSignatures.verify(SealAlgorithm.SM2_SM3, sm2.publicKey(), message, sm2Signature);
    }

    @Benchmark
    public byte[] ecdsaSign() {
        return ecdsa.sign(message);
    }

    @Benchmark
    public void ecdsaVerify() throws VerificationException {
        SealSignatures.verify(SealAlgorithm.ECDSA_P256_SHA256, ecdsa.publicKey(), message, ecdsaSignature);
    }
}
