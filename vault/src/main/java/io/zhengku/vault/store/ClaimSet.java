package io.zhengku.vault.store;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The claims one upload (or one chunk of a bulk upload) holds on the keys it stores, from before each write until
 * its documents are committed or refused. Safe to add to from several threads; {@link #close()} releases them all.
 */
public final class ClaimSet implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ClaimSet.class);

    private final ObjectClaims claims;
    private final List<UUID> held = new ArrayList<>();

    ClaimSet(ObjectClaims claims) {
        this.claims = claims;
    }

    /** Claims {@code key} before its object is written. */
    public void claim(String key) {
        claim(List.of(key));
    }

    /** Claims {@code keys} together, in one transaction, before their objects are written. */
    public void claim(Collection<String> keys) {
        List<UUID> ids = claims.claim(keys);
        synchronized (held) {
            held.addAll(ids);
        }
    }

    /**
     * Releases every claim. A release that fails, whatever the reason (the database gone at that moment), is only
     * logged: the document, if committed, names its key anyway, and a claim left behind merely keeps an orphan
     * of its key for the grace period.
     */
    @Override
    public void close() {
        List<UUID> releasing;
        synchronized (held) {
            releasing = List.copyOf(held);
            held.clear();
        }
        if (releasing.isEmpty()) {
            return;
        }
        try {
            claims.release(releasing);
        } catch (RuntimeException e) {
            LOG.warn("could not release {} object claim(s) ({}); they lapse after zhengku.store.orphan-grace",
                    releasing.size(), e.getMessage());
        }
    }
}
