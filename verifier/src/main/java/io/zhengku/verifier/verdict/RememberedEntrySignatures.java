package io.zhengku.verifier.verdict;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.digest.Digest;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.signing.RejectionReason;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.anchor.EntrySeals;
import io.zhengku.signing.pki.Certificates;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@link EntrySignatures} that remembers the entries whose signature held. An anchored entry never changes
 * (status lives beside it), so a signature that held once holds for good; remembering it spares an SM2
 * verification (about 0.1 ms of a core) on every later verification of a popular licence. The key is the
 * entry's leaf together with the certificate's bytes, so a changed entry or seal is checked afresh.
 */
public final class RememberedEntrySignatures implements EntrySignatures {

    private final Set<String> verified;

    /** @param capacity how many verified entries to remember; the least recently used is forgotten first */
    public RememberedEntrySignatures(int capacity) {
        this.verified = Collections.synchronizedSet(Collections.newSetFromMap(new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
                return size() > capacity;
            }
        }));
    }

    @Override
    public void verify(AnchorEntry entry, RegisteredSeal seal) throws VerificationException {
        String key = Digest.sha256Of(entry.leaf()).hex() + ":" + Digest.sha256Of(
                seal.pem().getBytes(StandardCharsets.US_ASCII)).hex();
        if (verified.contains(key)) {
            return;
        }
        try {
            EntrySeals.verify(entry, Certificates.fromPem(seal.pem()));
        } catch (CertificateException e) {
            throw new VerificationException(RejectionReason.MALFORMED, "the registered seal certificate "
                    + seal.fingerprint() + " cannot be read", e);
        }
        verified.add(key);
    }
}
