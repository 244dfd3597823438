package io.zhengku.signing.ses;

import static java.util.Objects.requireNonNull;

import io.zhengku.signing.key.SealCredential;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The seal maker (制章者): turns a {@link SealDescription} into a GB/T 38540 {@link SesSeal} signed with the
 * maker's SM2 key.
 *
 * <pre>{@code SesSeal seal = new SesSealMaker(makerCredential, Clock.systemUTC()).make(description);}</pre>
 */
public final class SesSealMaker {

    /** The {@code Vid} written into every header this module makes. */
    public static final String VENDOR_ID = "zhengku";

    private final SealCredential maker;
    private final Clock clock;

    public SesSealMaker(SealCredential maker, Clock clock) {
        this.maker = requireNonNull(maker, "maker");
        this.clock = requireNonNull(clock, "clock");
    }

    /** Makes and signs the seal; its creation date is now. */
    public SesSeal make(SealDescription description) {
        SesPropertyInfo property = new SesPropertyInfo(SesPropertyInfo.ORGANISATION_SEAL, description.name(),
                encodings(description.signers()), clock.instant(), description.validStart(), description.validEnd());
        SesSealInfo info = new SesSealInfo(new SesHeader(VENDOR_ID), description.esId(), property,
                description.picture());
        return new SesSeal(info, SignatureBlock.sign(maker, info));
    }

    private static List<byte[]> encodings(List<X509Certificate> certificates) {
        List<byte[]> encodings = new ArrayList<>();
        for (X509Certificate certificate : certificates) {
            try {
                encodings.add(certificate.getEncoded());
            } catch (CertificateEncodingException e) {
                throw new IllegalArgumentException("cannot encode " + certificate.getSubjectX500Principal(), e);
            }
        }
        return encodings;
    }
}
