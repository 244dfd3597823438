package io.zhengku.signing.anchor;

import static java.util.Objects.requireNonNull;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.EntryToSeal;
import io.zhengku.signing.RejectionReason;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.key.SealSignatures;
import io.zhengku.signing.pki.Certificates;
import java.security.cert.X509Certificate;
import java.util.Base64;

/**
 * The seal over an anchor entry (条目签章): the issuing department's seal signs the entry's canonical bytes
 * before it is anchored, so any region can check the ISSUER of a document from the ledger alone — the entry
 * and the seal certificate registered there.
 *
 * <pre>{@code
 * AnchorEntry entry = EntrySeals.seal(unsignedEntry, departmentSeal);   // issuing side
 * EntrySeals.verify(recordedEntry, registeredSealCertificate);         // verifying side
 * }</pre>
 */
public final class EntrySeals {

    private EntrySeals() {
    }

    /**
     * Signs {@code entry} with {@code seal}.
     *
     * @throws IllegalArgumentException if the entry names another seal than {@code seal}: the ledger would
     *     refuse it, and a verifier would check it against the wrong certificate
     */
    public static AnchorEntry seal(EntryToSeal entry, SealCredential seal) {
        requireNonNull(entry, "entry");
        String fingerprint = Certificates.sha256Fingerprint(requireNonNull(seal, "seal").certificate());
        if (!fingerprint.equals(entry.sealFingerprint())) {
            throw new IllegalArgumentException("the entry names seal " + entry.sealFingerprint()
                    + " but is being sealed with " + fingerprint + "; put the sealing certificate's fingerprint in it");
        }
        return entry.sealedWith(Base64.getEncoder().encodeToString(seal.signer().sign(entry.bytes())));
    }

    /**
     * Checks that {@code entry}'s seal signature was made by the key of {@code sealCertificate} over the entry
     * as it stands. Whether that certificate was registered to the issuer and in force at anchoring time is
     * the caller's check, from the issuer registry.
     *
     * @throws VerificationException {@code UNKNOWN_KEY} when the entry names another certificate,
     *     {@code WRONG_ALGORITHM} when the certificate's key is neither SM2 nor P-256, {@code BAD_SIGNATURE}
     *     when any field of the entry or the signature was changed
     */
    public static void verify(AnchorEntry entry, X509Certificate sealCertificate) throws VerificationException {
        requireNonNull(entry, "entry");
        if (!Certificates.sha256Fingerprint(requireNonNull(sealCertificate, "sealCertificate"))
                .equals(entry.sealFingerprint())) {
            throw new VerificationException(RejectionReason.UNKNOWN_KEY, "the entry was sealed with certificate "
                    + entry.sealFingerprint() + ", not with the one given");
        }
        SealAlgorithm algorithm = SealAlgorithm.ofKey(sealCertificate.getPublicKey()).orElseThrow(() ->
                new VerificationException(RejectionReason.WRONG_ALGORITHM, "the seal key is neither SM2 nor P-256"));
        SealSignatures.verify(algorithm, sealCertificate.getPublicKey(), entry.signedBytes(),
                Base64.getDecoder().decode(entry.sealSignature()));
    }
}
