package io.zhengku.verifier.verdict;

import io.zhengku.signing.token.PresentationToken;

/**
 * What a relying party presented to be verified: the document's bytes (hashed as they streamed past, never
 * kept), a digest, an identifier, or a presentation token whose signature, lifetime, audience and one-time
 * id have already been checked.
 */
public sealed interface Presented {

    /** A file: its SHA-256 was computed here, so its integrity can be judged. */
    record Content(String sha256) implements Presented {
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
