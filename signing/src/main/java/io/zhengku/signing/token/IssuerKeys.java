package io.zhengku.signing.token;

import java.security.PublicKey;
import java.util.Optional;

/**
 * Where a token verifier finds the public key an issuer signed with, by key id: in production the seal
 * certificates in the ledger's issuer registry.
 *
 * <pre>{@code IssuerKeys keys = keyId -> Optional.ofNullable(registry.get(keyId));}</pre>
 */
@FunctionalInterface
public interface IssuerKeys {

    /** The key named {@code keyId}, or empty if no issuer has it (or it was withdrawn). */
    Optional<PublicKey> find(String keyId);
}
