package io.zhengku.verifier.verdict;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.merkle.MerkleProofException;
import io.zhengku.core.metadata.DisclosureException;
import io.zhengku.ledger.VerificationEvidence;
import io.zhengku.signing.token.PresentationToken;

/**
 * INTEGRITY (完整性): the anchored entry is a leaf of the root its batch anchored, and the presented bytes are
 * the anchored ones, or a token's disclosed fields open the metadata commitment anchored for the licence it
 * names. A bare digest or identifier carries no bytes to check, so only the first half is made for them.
 *
 * <p>A file's digests, computed here from its bytes, are compared with the digests in the anchored entry,
 * which the issuer's seal signed (the ISSUER check). The record may have been found by that very SHA-256, so
 * the SM3 the entry carries is compared too, and the entry's leaf is hashed up its audit path to the batch's
 * root: a lookup does not vouch for itself.
 */
final class IntegrityCheck {

    private IntegrityCheck() {
    }

    static Finding judge(Presented presented, VerificationEvidence evidence) {
        DocumentRecord record = evidence.record();
        try {
            evidence.batch().verifyInclusion(record);
        } catch (MerkleProofException e) {
            return Finding.invalid(Reason.NOT_IN_BATCH, "the anchored entry is not a leaf of the root batch "
                    + record.batchId() + " anchored (" + e.reason() + "): the ledger's record was altered");
        }
        // Java 17 has no pattern switch; the interface is sealed, so these four are every case.
        if (presented instanceof Presented.Content content) {
            return judgeContent(content, record.entry());
        }
        if (presented instanceof Presented.Token token) {
            return judgeToken(token.token(), record.entry());
        }
        if (presented instanceof Presented.Sha256) {
            return Finding.skipped(Reason.DIGEST_ONLY, "only a SHA-256 was presented; it is anchored in batch "
                    + record.batchId() + ", but no bytes were seen here");
        }
        return Finding.skipped(Reason.IDENTIFIER_ONLY, "only an identifier was presented; it is anchored in batch "
                + record.batchId() + ", but no bytes were seen here");
    }

    private static Finding judgeContent(Presented.Content content, AnchorEntry entry) {
        if (!content.sha256().equals(entry.sha256())) {
            return Finding.invalid(Reason.DIGEST_MISMATCH, "the file's SHA-256 " + content.sha256()
                    + " is not the anchored " + entry.sha256() + ": it is not the document " + entry.documentId());
        }
        if (entry.sm3() == null) {
            return Finding.valid(Reason.CONTENT_MATCHES, "the file's SHA-256 is the anchored one (no SM3 was "
                    + "anchored), a leaf of its batch's anchored root");
        }
        if (!content.sm3().equals(entry.sm3())) {
            return Finding.invalid(Reason.DIGEST_MISMATCH, "the file's SHA-256 is the anchored one, but its SM3 "
                    + content.sm3() + " is not the anchored " + entry.sm3());
        }
        return Finding.valid(Reason.CONTENT_MATCHES, "the file's SHA-256 and SM3 are the anchored ones, a leaf of "
                + "its batch's anchored root");
    }

    private static Finding judgeToken(PresentationToken token, AnchorEntry entry) {
        if (!token.digest().hex().equals(entry.sha256()) || !token.licence().toString().equals(entry.documentId())) {
            return Finding.invalid(Reason.TOKEN_DOCUMENT_MISMATCH, "the token names another document than the "
                    + "one anchored under its digest");
        }
        if (!token.keyId().equals(entry.sealFingerprint())) {
            return Finding.invalid(Reason.TOKEN_SEAL_MISMATCH, "the token was signed with another seal than the "
                    + "one that sealed the licence");
        }
        try {
            token.openCommitment(entry.metadataCommitment());
        } catch (DisclosureException e) {
            return Finding.invalid(Reason.COMMITMENT_MISMATCH, "the disclosed fields do not open the anchored "
                    + "commitment: a value or salt was changed");
        }
        return Finding.valid(Reason.FIELDS_MATCH, token.disclosures().size() + " disclosed field(s) match the "
                + "commitment anchored for the licence");
    }
}
