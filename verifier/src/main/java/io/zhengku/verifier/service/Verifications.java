package io.zhengku.verifier.service;

import io.micronaut.http.HttpStatus;
import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.ledger.VerificationEvidence;
import io.zhengku.problem.ProblemException;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.token.PresentationToken;
import io.zhengku.signing.token.PresentationTokenVerifier;
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
 * Verifies what a relying party presents (核验): reads the evidence from a {@link LedgerView} (the verifier's
 * index, or this region's peer in one read) and judges it with {@link VerificationRules}; the answer says how
 * current that view was. A token is checked on its own (size, syntax, signature by a seal in
 * service on the ledger, lifetime, audience, not used here before) with the seal that evidence holds, which is
 * the one that must have signed it; only a token naming another seal, or a licence not anchored, costs a
 * second read. Its one-time id is spent only after the ledger answered, so a peer outage does not burn the
 * holder's QR code.
 */
@Singleton
public class Verifications {

    private final LedgerReader ledger;
    private final UsedTokenIds usedIds;
    private final VerificationRules rules;
    private final VerifierSettings settings;
    private final Clock clock;

    public Verifications(LedgerReader ledger, UsedTokenIds usedIds, VerificationRules rules,
                         VerifierSettings settings, Clock clock) {
        this.ledger = ledger;
        this.usedIds = usedIds;
        this.rules = rules;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * A file's digests, computed here as its bytes streamed past, and the identifier it was presented as, if
     * any ({@code ?id=}), checked like one sent alone.
     */
    public Verified ofContent(String sha256, String sm3, Optional<String> claimedId) {
        return judge(new Presented.Content(sha256, sm3,
                claimedId.map(id -> checked(() -> FieldChecks.documentId(id, "id"), "id"))));
    }

    /** A SHA-256 in hex of either case, as tools print it; the ledger is asked by its lowercase spelling. */
    public Verified ofSha256(String sha256) {
        return judge(new Presented.Sha256(checked(() -> Digest.ofHexIgnoringCase(DigestAlgorithm.SHA256, sha256)
                .hex(), "sha256")));
    }

    public Verified ofId(String id) {
        return judge(new Presented.DocumentId(checked(() -> FieldChecks.documentId(id, "id"), "id")));
    }

    public Verified ofToken(String text) {
        PresentationToken token;
        Optional<VerificationEvidence> evidence;
        LedgerView view;
        try {
            PresentationToken claimed = PresentationTokenVerifier.readUnverified(text);
            view = ledger.view();
            // The claimed digest only chooses which evidence to read; the signature is checked against it next.
            evidence = view.evidenceByDigest(claimed.digest().hex());
            token = new PresentationTokenVerifier(fingerprint -> tokenKey(fingerprint, evidence, view),
                    (id, expiresAt) -> !usedIds.used(id), clock).verify(text, settings.audienceNames());
        } catch (VerificationException e) {
            return new Verified(VerificationRules.refusedToken(Reason.ofToken(e.reason()), e.getMessage()),
                    Optional.empty());
        }
        if (!usedIds.spend(token.tokenId(), token.expiresAt())) {
            return new Verified(VerificationRules.refusedToken(Reason.TOKEN_REPLAYED,
                    "the token has been presented before; ask for a fresh QR code"), Optional.empty());
        }
        return new Verified(rules.judge(new Presented.Token(token), evidence), Optional.of(view.freshness()));
    }

    private Verified judge(Presented presented) {
        LedgerView view = ledger.view();
        Verification verification = rules.judge(presented, view.evidenceFor(presented));
        return new Verified(verification, Optional.of(view.freshness()));
    }

    /**
     * The public key of a registered seal in service; a token names its seal by fingerprint. The licence's
     * own seal comes with its evidence; any other is read, so that a token signed by it is judged (as
     * TOKEN_SEAL_MISMATCH) rather than refused as unknown.
     */
    private Optional<PublicKey> tokenKey(String fingerprint, Optional<VerificationEvidence> evidence,
                                         LedgerView view) {
        if (!fingerprint.matches("[0-9a-f]{64}")) {
            return Optional.empty();
        }
        return evidence.map(VerificationEvidence::seal).filter(seal -> seal.fingerprint().equals(fingerprint))
                .or(() -> view.seal(fingerprint))
                .filter(seal -> !seal.retired())
                .flatMap(Verifications::publicKey);
    }

    private static Optional<PublicKey> publicKey(RegisteredSeal seal) {
        try {
            PublicKey key = Certificates.fromPem(seal.pem()).getPublicKey();
            return SealAlgorithm.ofKey(key).map(algorithm -> key);
        } catch (CertificateException e) {
            return Optional.empty();
        }
    }

    private static String checked(Supplier<String> check, String field) {
        try {
            return check.get();
        } catch (IllegalArgumentException e) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "invalid-" + field, e.getMessage()
                    + "; send a SHA-256 in hex (64 characters of 0-9 and a-f, either case) as \"sha256\", or a"
                    + " licence identifier or material id as \"id\"", field, e);
        }
    }
}
