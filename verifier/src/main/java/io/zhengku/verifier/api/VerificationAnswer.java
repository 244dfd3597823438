package io.zhengku.verifier.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.serde.annotation.Serdeable;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.LastStatusChange;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.verifier.service.Freshness;
import io.zhengku.verifier.service.Verified;
import io.zhengku.verifier.verdict.Finding;
import io.zhengku.verifier.verdict.Verification;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The answer of {@code POST /api/v1/verify}: the verdict, the code that decided it, the three checks, what the
 * ledger records about the document (digests, codes and dates only: the ledger holds no personal data), how
 * current that ledger state was and, for a token, the fields the holder disclosed; and, when asked for, a
 * receipt of it signed by the verifier.
 */
@Serdeable
@JsonInclude(JsonInclude.Include.ALWAYS)
public record VerificationAnswer(String verdict, String reason, Checks checks, LedgerRecord record,
                                 LedgerState ledger, List<DisclosedField> disclosed, Instant verifiedAt,
                                 String verifier, String region, Map<String, Object> receipt) {

    /** The same answer with a signed receipt of it. */
    VerificationAnswer withReceipt(Map<String, Object> signed) {
        return new VerificationAnswer(verdict, reason, checks, record, ledger, disclosed, verifiedAt, verifier,
                region, signed);
    }

    /**
     * Where the ledger state came from ({@code index} or {@code peer}) and how far behind the peer it was: the
     * index's last applied block, the peer's blocks it had not applied, and how many milliseconds ago it was last
     * confirmed current (an integer, as every number these answers hold); null for a token refused on its own, before the ledger mattered.
     */
    @Serdeable
    public record LedgerState(String source, Long block, long blocksBehind, long millisBehind) {

        static LedgerState of(Freshness freshness) {
            return new LedgerState(freshness.source(), freshness.block().isPresent()
                    ? freshness.block().getAsLong() : null, freshness.blocksBehind(), freshness.behind().toMillis());
        }
    }

    @Serdeable
    public record Checks(Check integrity, Check status, Check issuer) {
    }

    @Serdeable
    public record Check(String result, String reason, String detail) {

        static Check of(Finding finding) {
            return new Check(finding.result().name(), finding.reason().name(), finding.detail());
        }
    }

    /** A disclosed field of a token, already checked against the anchored commitment. */
    @Serdeable
    public record DisclosedField(String name, String value) {
    }

    /**
     * The anchored record as read from this region's peer or the verifier's index of it. The block number is not part of it: the contract
     * does not know it, and reading it needs the peer's ledger query service (not yet connected).
     */
    @Serdeable
    public record LedgerRecord(String sha256, String sm3, String id, String kind, String typeCode, String issuer,
                               String issuerName, String issuerRegion, String validFrom, String validUntil,
                               String status, Instant statusChangedAt, String statusReason, String supersededBy,
                               Instant anchoredAt, String transactionId, String batchId, long leafIndex) {

        static LedgerRecord of(DocumentRecord record, Optional<RegisteredDepartment> department) {
            AnchorEntry entry = record.entry();
            Optional<LastStatusChange> change = Optional.ofNullable(record.lastChange());
            return new LedgerRecord(entry.sha256(), entry.sm3(), entry.documentId(), entry.kind().name(),
                    entry.typeCode(), entry.issuerCode(), department.map(RegisteredDepartment::name).orElse(null),
                    record.issuerMsp(), entry.validFrom(), entry.validUntil(), record.status().name(),
                    change.map(LastStatusChange::at).orElse(null),
                    change.map(LastStatusChange::reasonCode).orElse(null),
                    change.map(LastStatusChange::supersededBy).orElse(null), record.anchoredAt(),
                    record.transactionId(), record.batchId(), record.leafIndex());
        }
    }

    static VerificationAnswer of(Verified verified, Instant at, String verifier, String region) {
        Verification verification = verified.verification();
        return new VerificationAnswer(verification.verdict().name(), verification.reason().name(),
                new Checks(Check.of(verification.integrity()), Check.of(verification.status()),
                        Check.of(verification.issuer())),
                verification.record().map(r -> LedgerRecord.of(r, verification.department())).orElse(null),
                verified.ledger().map(LedgerState::of).orElse(null),
                verification.disclosed().stream().map(f -> new DisclosedField(f.name(), f.value())).toList(),
                at, verifier, region, null);
    }
}
