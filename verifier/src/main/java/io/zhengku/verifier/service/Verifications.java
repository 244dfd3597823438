package io.zhengku.verifier.service;

import io.micronaut.http.HttpStatus;
import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.problem.ProblemException;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.token.PresentationToken;
import io.zhengku.signing.token.PresentationTokenVerifier;
import io.zhengku.verifier.verdict.LedgerFacts;
import io.zhengku.verifier.verdict.Presented;
import io.zhengku.verifier.verdict.Reason;
import io.zhengku.verifier.verdict.Verification;
import io.zhengku.verifier.verdict.VerificationRules;
import jakarta.inject.Singleton;
import java.security.PublicKey;
import java.security.cert.CertificateException;
import java.time.Clock;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Verifies what a relying party presents (核验): reads the facts from this region's peer and judges them with
 * {@link VerificationRules}. A token is checked first on its own (size, syntax, signature by a seal in
 * service on the ledger, lifetime, audience, not used here before); its one-time id is spent only after the
 * ledger answered, so a peer outage does not burn the holder's QR code.
 */
@Singleton
public class Verifications {

    private final LedgerReader ledger;
    private final UsedTokenIds usedIds;
    private final VerificationRules rules;
    private final VerifierSettings settings;
    private final PresentationTokenVerifier tokens;

    public Verifications(LedgerReader ledger, UsedTokenIds usedIds, VerificationRules rules,
                         VerifierSettings settings, Clock clock) {
        this.ledger = ledger;
        this.usedIds = usedIds;
        this.rules = rules;
        this.settings = settings;
        this.tokens = new PresentationTokenVerifier(this::tokenKey, (id, expiresAt) -> !usedIds.used(id), clock);
    }

    /**
     * A file's digests, computed here as its bytes streamed past, and the identifier it was presented as, if
     * any ({@code ?id=}), checked like one sent alone.
     */
    public Verification ofContent(String sha256, String sm3, Optional<String> claimedId) {
        return judge(new Presented.Content(sha256, sm3,
                claimedId.map(id -> checked(() -> FieldChecks.documentId(id, "id"), "id"))));
    }

    public Verification ofSha256(String sha256) {
        return judge(new Presented.Sha256(checked(() -> FieldChecks.sha256Hex(sha256, "sha256"), "sha256")));
    }

    public Verification ofId(String id) {
        return judge(new Presented.DocumentId(checked(() -> FieldChecks.documentId(id, "id"), "id")));
    }

    public Verification ofToken(String text) {
        PresentationToken token;
        try {
            token = tokens.verify(text, settings.audienceNames());
        } catch (VerificationException e) {
            return VerificationRules.refusedToken(Reason.ofToken(e.reason()), e.getMessage());
        }
        Presented presented = new Presented.Token(token);
        LedgerFacts facts = ledger.factsFor(presented);
        if (!usedIds.spend(token.tokenId(), token.expiresAt())) {
            return VerificationRules.refusedToken(Reason.TOKEN_REPLAYED,
                    "the token has been presented before; ask for a fresh QR code");
        }
        return rules.judge(presented, facts);
    }

    private Verification judge(Presented presented) {
        return rules.judge(presented, ledger.factsFor(presented));
    }

    /** The public key of a registered seal in service; a token names its seal by fingerprint. */
    private Optional<PublicKey> tokenKey(String fingerprint) {
        if (!fingerprint.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return ledger.sealInService(fingerprint).flatMap(seal -> {
            try {
                PublicKey key = Certificates.fromPem(seal.pem()).getPublicKey();
                return SealAlgorithm.ofKey(key).map(algorithm -> key);
            } catch (CertificateException e) {
                return Optional.empty();
            }
        });
    }

    private static String checked(Supplier<String> check, String field) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-" + field, e.getMessage()
                    + "; send a lowercase hex SHA-256 as \"sha256\", or a licence identifier or material id as"
                    + " \"id\"", field, e);
        }
    }
}
