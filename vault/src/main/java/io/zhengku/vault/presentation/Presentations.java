package io.zhengku.vault.presentation;

import io.micronaut.http.HttpStatus;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.metadata.FieldDisclosure;
import io.zhengku.core.metadata.MetadataCommitment;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.token.PresentationToken;
import io.zhengku.signing.token.PresentationTokenIssuer;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.department.SealKeys;
import io.zhengku.vault.document.DocumentAccess;
import io.zhengku.vault.document.DocumentRow;
import io.zhengku.problem.ProblemException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Makes presentations (亮证): a short-lived token, signed with the issuing department's seal, that opens only the
 * fields the holder chose and carries the salted digests of the others, so a verifier can check them against
 * the commitment anchored on the ledger without learning the rest. Made by the holder, or by the issuing
 * department for the holder at a service window.
 */
@Singleton
public class Presentations {

    static final Duration DEFAULT_LIFETIME = Duration.ofMinutes(2);
    private static final Pattern AUDIENCE = Pattern.compile("[a-z0-9][a-z0-9.-]{0,63}");

    private final DocumentAccess access;
    private final SealKeys seals;
    private final Clock clock;

    public Presentations(DocumentAccess access, SealKeys seals, Clock clock) {
        this.access = access;
        this.seals = seals;
        this.clock = clock;
    }

    public Presentation present(Caller caller, String licenceId, PresentationRequest request) {
        DocumentRow licence = access.readable(caller, DocumentKind.LICENCE, licenceId);
        if (!caller.is(Role.HOLDER) && !caller.is(Role.DEPARTMENT)) {
            throw ProblemException.forbidden("a presentation is made by the holder or the issuing department");
        }
        if (licence.status() == DocumentStatus.REVOKED) {
            throw new ProblemException(HttpStatus.CONFLICT, "licence-revoked", "licence " + licenceId
                    + " is revoked and cannot be shown");
        }
        Set<String> disclose = disclosed(request);
        Duration lifetime = lifetime(request);
        Optional<String> audience = audience(request);
        SealCredential seal = seals.sealOf(licence.issuerCode()).orElseThrow(() -> new ProblemException(
                HttpStatus.CONFLICT, "no-seal", "the issuing department's seal is not in this vault"));
        Instant expiresAt = clock.instant().plus(lifetime);
        try {
            String token = new PresentationTokenIssuer(seal.signer(), licence.sealFingerprint(), clock, lifetime)
                    .issue(LicenceId.parse(licence.id()), Digest.ofHex(DigestAlgorithm.SHA256, licence.sha256()),
                            committed(licence), disclose, audience);
            return new Presentation(token, Base64.getEncoder().encodeToString(QrCodes.png(token)), expiresAt);
        } catch (IllegalArgumentException e) {
            // DisclosureException (a field the licence does not have) or a token too long for one QR code.
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "disclosure-invalid", e.getMessage(),
                    "disclose", e);
        }
    }

    /** The commitment made when the licence was issued, rebuilt from its stored fields and salts. */
    private static MetadataCommitment.Committed committed(DocumentRow licence) {
        Map<?, ?> values = (Map<?, ?>) CanonicalJson.parse(licence.metadata().getBytes(StandardCharsets.UTF_8));
        Map<?, ?> salts = (Map<?, ?>) CanonicalJson.parse(licence.disclosures().getBytes(StandardCharsets.UTF_8));
        List<FieldDisclosure> disclosures = new ArrayList<>();
        salts.forEach((name, salt) -> disclosures.add(new FieldDisclosure((String) name, (String) salt,
                (String) values.get(name))));
        return new MetadataCommitment.Committed(licence.metadataCommitment(), disclosures);
    }

    private static Set<String> disclosed(PresentationRequest request) {
        if (request.disclose() == null || request.disclose().isEmpty()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "disclosure-invalid", "name at least one "
                    + "field to disclose, as in the metadata JSON (e.g. holderName, validUntil)", "disclose", null);
        }
        return new LinkedHashSet<>(request.disclose());
    }

    private static Duration lifetime(PresentationRequest request) {
        if (request.ttlSeconds() == null) {
            return DEFAULT_LIFETIME;
        }
        Duration lifetime = Duration.ofSeconds(request.ttlSeconds());
        if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(PresentationToken.MAX_LIFETIME) > 0) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "disclosure-invalid", "ttlSeconds must be 1 to "
                    + PresentationToken.MAX_LIFETIME.toSeconds(), "ttlSeconds", null);
        }
        return lifetime;
    }

    private static Optional<String> audience(PresentationRequest request) {
        if (request.audience() == null) {
            return Optional.empty();
        }
        if (!AUDIENCE.matcher(request.audience()).matches()) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "disclosure-invalid", "audience must be a "
                    + "verifier or region name: lowercase letters, digits, '.' and '-', at most 64", "audience", null);
        }
        return Optional.of(request.audience());
    }
}
