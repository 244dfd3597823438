package io.zhengku.verifier.service;

import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.verifier.verdict.LedgerFacts;
import io.zhengku.verifier.verdict.Presented;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads from this region's own peer what a verification needs: the anchored record, the registry's
 * department and seal it names, and the batch a proof bundle leads to. Every read goes to the peer; nothing is
 * cached, so no answer lags the ledger.
 */
@Singleton
public class LedgerReader {

    private final Optional<OwnPeer> peer;
    private final VerifierSettings settings;

    public LedgerReader(Optional<OwnPeer> peer, VerifierSettings settings) {
        this.peer = peer;
        this.settings = settings;
    }

    public LedgerFacts factsFor(Presented presented) {
        Optional<DocumentRecord> record = read(() -> find(presented));
        if (record.isEmpty()) {
            return LedgerFacts.nothingAnchored();
        }
        String issuer = record.get().entry().issuerCode();
        String seal = record.get().entry().sealFingerprint();
        return new LedgerFacts(record, read(() -> peer().registry().findDepartment(issuer)),
                read(() -> peer().registry().findSeal(seal)));
    }

    /** The registered seal a token names as its key, as long as it has not been retired. */
    public Optional<RegisteredSeal> sealInService(String fingerprint) {
        return read(() -> peer().registry().findSeal(fingerprint)).filter(seal -> !seal.retired());
    }

    /** The batch as this region's peer records it: the root and time a proof bundle is checked against. */
    public Optional<BatchRecord> batch(String batchId) {
        return read(() -> peer().ledger().findBatch(batchId));
    }

    /** A file is looked up by the identifier it was presented as, if any, so that its digests are checked. */
    private Optional<DocumentRecord> find(Presented presented) throws LedgerException {
        if (presented instanceof Presented.DocumentId id) {
            return peer().ledger().findById(id.id());
        }
        if (presented instanceof Presented.Token token) {
            return peer().ledger().findByDigest(token.token().digest().hex());
        }
        if (presented instanceof Presented.Content content) {
            return content.claimedId().isPresent() ? peer().ledger().findById(content.claimedId().get())
                    : peer().ledger().findByDigest(content.sha256());
        }
        return peer().ledger().findByDigest(((Presented.Sha256) presented).sha256());
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
