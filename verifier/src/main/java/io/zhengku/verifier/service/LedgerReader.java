package io.zhengku.verifier.service;

import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.ledger.VerificationEvidence;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Where a verification reads the ledger: the verifier's index when it runs ({@code zhengku.verifier.index.enabled},
 * the default, with a peer configured), else this region's own peer on every read. The batch a proof bundle
 * leads to is always read from the peer: bundles are rare, and the peer is the root's authority.
 */
@Singleton
public class LedgerReader {

    private final Optional<OwnPeer> peer;
    private final Optional<IndexedLedger> index;
    private final VerifierSettings settings;
    private final LedgerView peerView = new PeerView();

    public LedgerReader(Optional<OwnPeer> peer, Optional<IndexedLedger> index, VerifierSettings settings) {
        this.peer = peer;
        this.index = index;
        this.settings = settings;
    }

    /**
     * The ledger state for one verification.
     *
     * @throws LedgerLaggingException when the index is too far behind its peer to answer
     */
    public LedgerView view() {
        return index.map(IndexedLedger::view).orElse(peerView);
    }

    /** The batch as this region's peer records it: the root and time a proof bundle is checked against. */
    public Optional<BatchRecord> batch(String batchId) {
        return read(() -> peer().ledger().findBatch(batchId));
    }

    private final class PeerView implements LedgerView {

        @Override
        public Freshness freshness() {
            return Freshness.ofPeer();
        }

        @Override
        public Optional<VerificationEvidence> evidenceByDigest(String sha256) {
            return read(() -> peer().ledger().findEvidence(sha256));
        }

        @Override
        public Optional<VerificationEvidence> evidenceById(String documentId) {
            return read(() -> peer().ledger().findEvidenceById(documentId));
        }

        @Override
        public Optional<RegisteredSeal> seal(String fingerprint) {
            return read(() -> peer().registry().findSeal(fingerprint));
        }
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
