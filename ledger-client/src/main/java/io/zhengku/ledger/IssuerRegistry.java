package io.zhengku.ledger;

import java.util.Optional;

/**
 * The ledger's issuer registry (发证机构登记) as a verifier reads it: the departments of every region with
 * the type codes they may issue, and their seal certificates. Any region's peer answers for all regions, so a
 * document's issuer is checked from the ledger alone. Every failure is a {@link LedgerException}; absence is
 * an empty result, not a failure.
 *
 * <pre>{@code
 * Instant at = record.anchoredAt();
 * boolean sealed = registry.findSeal(entry.sealFingerprint())
 *         .filter(s -> s.department().equals(entry.issuerCode()) && s.validAt(at) && s.inServiceAt(at)).isPresent();
 * boolean allowed = registry.findDepartment(entry.issuerCode()).map(d -> d.mayIssue(entry.typeCode())).orElse(false);
 * }</pre>
 */
public interface IssuerRegistry {

    /** The department registered with this unified social credit code (统一社会信用代码). */
    Optional<RegisteredDepartment> findDepartment(String uscc) throws LedgerException;

    /** The seal certificate registered with this fingerprint: SHA-256 of its DER, lowercase hex. */
    Optional<RegisteredSeal> findSeal(String fingerprint) throws LedgerException;
}
