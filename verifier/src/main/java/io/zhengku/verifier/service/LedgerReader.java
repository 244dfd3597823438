package io.zhengku.verifier.service;

import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.ledger.VerificationEvidence;
import io.zhengku.verifier.verdict.Presented;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads from this region's own peer what a verification needs: the evidence for a document (its record, its
 * batch, the registry's department and seal it names), in one read, a seal a token names, and the batch a
 * proof bundle leads to. Every read goes to the peer; nothing is cached, so no answer lags the ledger.
 */
@Singleton
public class LedgerReader {

    private final Optional<OwnPeer> peer;
    private final VerifierSettings settings;

    public LedgerReader(Optional<OwnPeer> peer, VerifierSettings settings) {
        this.peer = peer;
        this.settings = settings;
    }

    /**
     * The evidence for what was presented, empty when nothing is anchored under it. A file is looked up by the
     * identifier it was presented as, if any, so that its digests are checked against another's.
     */
    public Optional<VerificationEvidence> evidenceFor(Presented presented) {
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

    /** The evidence for the document anchored with this SHA-256, lowercase hex. */
    public Optional<VerificationEvidence> evidenceByDigest(String sha256) {
        return read(() -> peer().ledger().findEvidence(sha256));
    }

    private Optional<VerificationEvidence> evidenceById(String id) {
        return read(() -> peer().ledger().findEvidenceById(id));
    }

    /** The registered seal with this fingerprint, retired or not. */
    public Optional<RegisteredSeal> seal(String fingerprint) {
        return read(() -> peer().registry().findSeal(fingerprint));
    }

    /** The batch as this region's peer records it: the root and time a proof bundle is checked against. */
    public Optional<BatchRecord> batch(String batchId) {
        return read(() -> peer().ledger().findBatch(batchId));
    }

    private OwnPeer peer() {
        return peer.orElseThrow(() -> new LedgerUnavailableException("this verifier is not connected to "
                + settings.region() + "'s peer (zhengku.ledger.connection is not set), so nothing can be verified"
                + " against the ledger; proof bundles can still be checked offline (./zk verify bundle)", null));
    }

    private interface Read<T> {
        Optional<T> run() throws LedgerException;
    }

    private <T> Optional<T> read(Read<T> read) {
        try {
            return read.run();
        } catch (LedgerException e) {
            throw new LedgerUnavailableException(settings.region() + "'s peer could not answer ("
                    + e.reason() + "); try again shortly", e);
        }
    }
}
