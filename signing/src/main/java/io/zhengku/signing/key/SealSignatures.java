package io.zhengku.signing.key;

import static java.nio.charset.StandardCharsets.US_ASCII;

import io.zhengku.signing.BouncyCastle;
import io.zhengku.signing.RejectionReason;
import io.zhengku.signing.VerificationException;
import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.SignatureException;
import java.util.Optional;
import org.bouncycastle.jcajce.spec.SM2ParameterSpec;

/**
 * Raw signature creation and verification for the {@link SealAlgorithm}s: the one place where SM2's user ID
 * is applied.
 *
 * <pre>{@code SealSignatures.verify(SealAlgorithm.SM2_SM3, publicKey, message, derSignature);}</pre>
 */
public final class SealSignatures {

    /** The GM/T 0009 default SM2 user ID (signer ID), used everywhere in this project. */
    public static final String SM2_USER_ID = "1234567812345678";

    private SealSignatures() {
    }

    /**
     * Checks a DER-encoded signature over {@code message}.
     *
     * @throws VerificationException {@code WRONG_ALGORITHM} if the key is not on the algorithm's curve,
     *     {@code BAD_SIGNATURE} if the signature does not verify or is not a DER {@code SEQUENCE {r, s}}
     */
    public static void verify(SealAlgorithm algorithm, PublicKey key, byte[] message, byte[] signature)
            throws VerificationException {
        if (!SealAlgorithm.ofKey(key).equals(Optional.of(algorithm))) {
            throw new VerificationException(RejectionReason.WRONG_ALGORITHM,
                    "the key is not a " + algorithm.code() + " key");
        }
        if (!verifies(algorithm, key, SM2_USER_ID.getBytes(US_ASCII), message, signature)) {
            throw new VerificationException(RejectionReason.BAD_SIGNATURE,
                    "the " + algorithm.code() + " signature does not verify with the signer's key");
        }
    }

    /** Verification with an explicit SM2 user ID, for the published test vectors that use another one. */
    static boolean verifies(SealAlgorithm algorithm, PublicKey key, byte[] sm2UserId, byte[] message,
                            byte[] signature) {
        try {
            Signature verifier = engine(algorithm, sm2UserId);
            verifier.initVerify(key);
            verifier.update(message);
            return verifier.verify(signature);
        } catch (SignatureException malformedSignature) {
            return false;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle cannot verify " + algorithm.jcaName(), e);
        }
    }

    /**
     * A signature engine ready to sign with a software key; only {@link SoftwareSigner} holds one. Initialising
     * costs more than signing (Bouncy Castle's SM2 derives the public point and the user-ID hash), so the
     * engine is made once per key and reused.
     */
    static Signature signingEngine(SealAlgorithm algorithm, PrivateKey key) {
        try {
            Signature signer = engine(algorithm, SM2_USER_ID.getBytes(US_ASCII));
            signer.initSign(key, new SecureRandom());
            return signer;
        } catch (GeneralSecurityException e) {
            throw new SigningException("the " + algorithm.code() + " key cannot sign", e);
        }
    }

    private static Signature engine(SealAlgorithm algorithm, byte[] sm2UserId) throws GeneralSecurityException {
        Signature engine = Signature.getInstance(algorithm.jcaName(), BouncyCastle.PROVIDER);
        if (algorithm == SealAlgorithm.SM2_SM3) {
            // Bouncy Castle's default happens to match today; set it so it never silently changes.
            engine.setParameter(new SM2ParameterSpec(sm2UserId));
        }
        return engine;
    }
}
