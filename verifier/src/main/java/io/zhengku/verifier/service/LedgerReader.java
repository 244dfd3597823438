package io.zhengku.verifier.service;

import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.ledger.IssuerRegistry;
import io.zhengku.ledger.Ledger;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.verifier.verdict.LedgerFacts;
import io.zhengku.verifier.verdict.Presented;
import jakarta.inject.Singleton;
import java.util.Optional;

/**
 * Reads from this region's own peer what a verification needs: the anchored record, and the registry's
 * department and seal it names. Every read goes to the peer; nothing is cached, so no answer lags the ledger.
 */
@Singleton
public class LedgerReader {

    private final Optional<Ledger> ledger;
    private final Optional<IssuerRegistry> registry;
    private final VerifierSettings settings;

    public LedgerReader(Optional<Ledger> ledger, Optional<IssuerRegistry> registry, VerifierSettings settings) {
        this.ledger = ledger;
        this.registry = registry;
        this.settings = settings;
    }

    /** Whether a peer is connected at all. */
    public boolean connected() {
        return ledger.isPresent() && registry.isPresent();
    }

    public LedgerFacts factsFor(Presented presented) {
        Optional<DocumentRecord> record = read(() -> find(presented));
        if (record.isEmpty()) {
            return LedgerFacts.nothingAnchored();
        }
        String issuer = record.get().entry().issuerCode();
        String seal = record.get().entry().sealFingerprint();
        return new LedgerFacts(record, read(() -> registry().findDepartment(issuer)),
                read(() -> registry().findSeal(seal)));
    }

    /** The registered seal a token names as its key, as long as it has not been retired. */
    public Optional<RegisteredSeal> sealInService(String fingerprint) {
        return read(() -> registry().findSeal(fingerprint)).filter(seal -> !seal.retired());
    }

    private Optional<DocumentRecord> find(Presented presented) throws LedgerException {
        if (presented instanceof Presented.DocumentId id) {
            return ledger().findById(id.id());
        }
        if (presented instanceof Presented.Token token) {
            return ledger().findByDigest(token.token().digest().hex());
        }
        if (presented instanceof Presented.Content content) {
            return ledger().findByDigest(content.sha256());
        }
        return ledger().findByDigest(((Presented.Sha256) presented).sha256());
    }

    private Ledger ledger() {
        return ledger.orElseThrow(this::notConnected);
    }

    private IssuerRegistry registry() {
        return registry.orElseThrow(this::notConnected);
    }

    private LedgerUnavailableException notConnected() {
        return new LedgerUnavailableException("this verifier is not connected to " + settings.region()
                + "'s peer (zhengku.ledger.connection is not set), so nothing can be verified against the ledger;"
                + " proof bundles can still be checked offline (./zk verify bundle)",
                null);
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
