package io.zhengku.signing.ses;

import static java.util.Objects.requireNonNull;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.List;

/**
 * What a seal maker (制章者) is asked to make: an electronic seal's identity, name, who may sign with it, how
 * long it is in force, and its picture.
 *
 * <pre>{@code new SealDescription("31010100000001", "行政审批专用章", List.of(sealCert), from, until, picture)}</pre>
 *
 * @param esId the seal's identifier (电子印章标识), ASCII
 * @param name the seal's name (印章名称)
 * @param signers certificates allowed to sign with the seal
 * @param validStart start of the seal's validity
 * @param validEnd end of the seal's validity, after {@code validStart}
 * @param picture the seal's image
 */
public record SealDescription(String esId, String name, List<X509Certificate> signers, Instant validStart,
                              Instant validEnd, SesPictureInfo picture) {

    public SealDescription {
        requireNonNull(esId, "esId");
        requireNonNull(name, "name");
        signers = List.copyOf(signers);
        requireNonNull(validStart, "validStart");
        requireNonNull(validEnd, "validEnd");
        requireNonNull(picture, "picture");
        if (esId.isEmpty() || !StandardCharsets.US_ASCII.newEncoder().canEncode(esId)) {
            throw new IllegalArgumentException("a seal identifier is non-empty ASCII (IA5String), got '" + esId + "'");
        }
        if (signers.isEmpty()) {
            throw new IllegalArgumentException("a seal needs at least one signer certificate");
        }
        if (!validStart.isBefore(validEnd)) {
            throw new IllegalArgumentException("a seal's validity must start before it ends");
        }
    }
}
