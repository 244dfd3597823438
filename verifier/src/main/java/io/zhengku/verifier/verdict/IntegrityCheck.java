package io.zhengku.verifier.verdict;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.metadata.DisclosureException;
import io.zhengku.signing.token.PresentationToken;

/**
 * INTEGRITY (完整性): the presented bytes are the anchored ones, or a token's disclosed fields open the
 * metadata commitment anchored for the licence it names. A bare digest or identifier carries no bytes to
 * check, so the check is skipped for them.
 */
final class IntegrityCheck {

    private IntegrityCheck() {
    }

    static Finding judge(Presented presented, DocumentRecord record) {
        // Java 17 has no pattern switch; the interface is sealed, so these four are every case.
        if (presented instanceof Presented.Content content) {
            return content.sha256().equals(record.sha256())
                    ? Finding.valid("CONTENT_MATCHES", "the file's SHA-256 is the anchored one")
                    : Finding.invalid("DIGEST_MISMATCH", "the file's SHA-256 differs from the anchored one");
        }
        if (presented instanceof Presented.Token token) {
            return judgeToken(token.token(), record.entry());
        }
        if (presented instanceof Presented.Sha256) {
            return Finding.skipped("DIGEST_ONLY", "only a SHA-256 was presented; it is anchored, but no bytes "
                    + "were seen here");
        }
        return Finding.skipped("IDENTIFIER_ONLY", "only an identifier was presented; no bytes were seen here");
    }

    private static Finding judgeToken(PresentationToken token, AnchorEntry entry) {
        if (!token.digest().hex().equals(entry.sha256()) || !token.licence().toString().equals(entry.documentId())) {
            return Finding.invalid("TOKEN_DOCUMENT_MISMATCH", "the token names another document than the one "
                    + "anchored under its digest");
        }
        if (!token.keyId().equals(entry.sealFingerprint())) {
            return Finding.invalid("TOKEN_SEAL_MISMATCH", "the token was signed with another seal than the one "
                    + "that sealed the licence");
        }
        try {
            token.openCommitment(entry.metadataCommitment());
        } catch (DisclosureException e) {
            return Finding.invalid("COMMITMENT_MISMATCH", "the disclosed fields do not open the anchored "
                    + "commitment: a value or salt was changed");
        }
        return Finding.valid("FIELDS_MATCH", token.disclosures().size() + " disclosed field(s) match the "
                + "commitment anchored for the licence");
    }
}
