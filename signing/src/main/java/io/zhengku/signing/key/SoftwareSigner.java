package io.zhengku.signing.key;

import static java.util.Objects.requireNonNull;

import io.zhengku.signing.BouncyCastle;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.security.spec.ECGenParameterSpec;

/**
 * A {@link Signer} whose private key lives in this JVM, loaded from a PKCS#12 keystore or freshly generated
 * for the development PKI. The private key is reachable only through {@link #privateKey()}, which is
 * package-private so that nothing but {@link Pkcs12Keystore} can write it out.
 *
 * <pre>{@code Signer seal = SoftwareSigner.generate(SealAlgorithm.SM2_SM3);}</pre>
 */
public final class SoftwareSigner implements Signer {

    private final SealAlgorithm algorithm;
    private final PrivateKey privateKey;
    private final PublicKey publicKey;
    /** Guarded by itself: a JCA engine is not thread-safe, and signing is short. */
    private final Signature engine;

    SoftwareSigner(SealAlgorithm algorithm, PrivateKey privateKey, PublicKey publicKey) {
        this.algorithm = requireNonNull(algorithm, "algorithm");
        this.privateKey = requireNonNull(privateKey, "privateKey");
        this.publicKey = requireNonNull(publicKey, "publicKey");
        this.engine = SealSignatures.signingEngine(algorithm, privateKey);
    }

    /** A new random key pair for {@code algorithm}. */
    public static SoftwareSigner generate(SealAlgorithm algorithm) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.PROVIDER);
            generator.initialize(new ECGenParameterSpec(algorithm.curveName()), new SecureRandom());
            KeyPair pair = generator.generateKeyPair();
            return new SoftwareSigner(algorithm, pair.getPrivate(), pair.getPublic());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle cannot generate a " + algorithm.code() + " key", e);
        }
    }

    @Override
    public SealAlgorithm algorithm() {
        return algorithm;
    }

    @Override
    public PublicKey publicKey() {
        return publicKey;
    }

    @Override
    public byte[] sign(byte[] message) {
        synchronized (engine) {
            try {
                engine.update(message);
                return engine.sign();
            } catch (SignatureException e) {
                throw new SigningException("the " + algorithm.code() + " key could not sign", e);
            }
        }
    }

    PrivateKey privateKey() {
        return privateKey;
    }

    @Override
    public String toString() {
        return "SoftwareSigner[" + algorithm.code() + "]";
    }
}
