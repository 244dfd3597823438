package io.zhengku.verifier.verdict;

import io.zhengku.signing.token.PresentationToken;
import java.util.Optional;

/**
 * What a relying party presented to be verified: the document's bytes (hashed as they streamed past, never
 * kept), a digest, an identifier, or a presentation token whose signature, lifetime, audience and one-time
 * id have already been checked.
 */
public sealed interface Presented {

    /**
     * A file: its digests were computed here from its bytes, so its integrity can be judged.
     *
     * @param sha256 the bytes' SHA-256, lowercase hex
     * @param sm3 the bytes' SM3, lowercase hex
     * @param claimedId the licence identifier or material id the file was presented as, if any: the record is
     *                  then found by it, and a file that is not that document shows as DIGEST_MISMATCH
     */
    record Content(String sha256, String sm3, Optional<String> claimedId) implements Presented {
    }

    /** A SHA-256 computed by the relying party. */
    record Sha256(String sha256) implements Presented {
    }

    /** A GB/T 36904 licence identifier or a material id. */
    record DocumentId(String id) implements Presented {
    }

    /** A verified 亮证 token. */
    record Token(PresentationToken token) implements Presented {
    }
}
