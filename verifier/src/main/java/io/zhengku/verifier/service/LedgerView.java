package io.zhengku.verifier.service;

import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.ledger.VerificationEvidence;
import io.zhengku.verifier.verdict.Presented;
import java.util.Optional;

/**
 * The ledger state one verification reads (账本视图): from the verifier's index or from the peer itself, and
 * how current it is. A view is taken per verification, so the freshness an answer states is that of what it
 * read. Every read failure is a {@link LedgerUnavailableException} (503); absence is an empty result.
 */
public interface LedgerView {

    /** How current what this view read is; stated in the answer. */
    Freshness freshness();

    /** The evidence for the document anchored with this SHA-256, lowercase hex. */
    Optional<VerificationEvidence> evidenceByDigest(String sha256);

    /** The evidence for the document anchored with this licence identifier or material id. */
    Optional<VerificationEvidence> evidenceById(String documentId);

    /** The registered seal with this fingerprint, retired or not. */
    Optional<RegisteredSeal> seal(String fingerprint);

    /**
     * The evidence for what was presented, empty when nothing is anchored under it. A file is looked up by the
     * identifier it was presented as, if any, so that its digests are checked against another's.
     */
    default Optional<VerificationEvidence> evidenceFor(Presented presented) {
        if (presented instanceof Presented.DocumentId id) {
            return evidenceById(id.id());
        }
        if (presented instanceof Presented.Token token) {
            return evidenceByDigest(token.token().digest().hex());
        }
        if (presented instanceof Presented.Content content) {
            return content.claimedId().isPresent() ? evidenceById(content.claimedId().get())
                    : evidenceByDigest(content.sha256());
        }
        return evidenceByDigest(((Presented.Sha256) presented).sha256());
    }
}
