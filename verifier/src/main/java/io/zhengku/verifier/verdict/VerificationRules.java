package io.zhengku.verifier.verdict;

import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.ledger.VerificationEvidence;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The one verification pipeline (核验规则): pure functions from what was presented and what the region's own
 * peer said to a {@link Verification}. No I/O; the clock says what day it is in China.
 *
 * <pre>{@code
 * Verification answer = new VerificationRules(signatures, clock).judge(new Presented.Sha256(hex), evidence);
 * }</pre>
 *
 * The overall verdict puts forgery before status: a document whose issuer or integrity check fails is
 * INVALID whatever its status, since its status would then be someone else's.
 */
public final class VerificationRules {

    /** Validity dates are calendar days in China. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final IssuerCheck issuerCheck;
    private final Clock clock;

    public VerificationRules(EntrySignatures signatures, Clock clock) {
        this.issuerCheck = new IssuerCheck(signatures);
        this.clock = clock;
    }

    /**
     * Judges what was presented by the evidence this region's peer holds for it, empty when nothing is anchored
     * under what was presented.
     */
    public Verification judge(Presented presented, Optional<VerificationEvidence> found) {
        if (found.isEmpty()) {
            return notAnchored(presented);
        }
        VerificationEvidence evidence = found.get();
        DocumentRecord record = evidence.record();
        Finding integrity = IntegrityCheck.judge(presented, evidence);
        Finding issuer = issuerCheck.judge(evidence);
        Finding status = StatusCheck.judge(record, LocalDate.now(clock.withZone(CHINA)));
        Verdict verdict;
        Reason reason;
        if (integrity.failed() || issuer.failed()) {
            verdict = Verdict.INVALID;
            reason = integrity.failed() ? integrity.reason() : issuer.reason();
        } else {
            verdict = verdictOf(status);
            reason = verdict == Verdict.VALID ? Reason.VERIFIED : status.reason();
        }
        boolean showFields = !integrity.failed() && !issuer.failed();
        return new Verification(verdict, reason, integrity, status, issuer, Optional.of(record),
                Optional.of(evidence.department()),
                showFields && presented instanceof Presented.Token token ? token.token().disclosures() : List.of());
    }

    /** A presentation token that was refused before the ledger was asked: it shows nothing. */
    public static Verification refusedToken(Reason reason, String detail) {
        Finding refused = Finding.invalid(reason, detail);
        Finding notAsked = Finding.skipped(Reason.TOKEN_REFUSED, "the ledger was not asked about a refused token");
        boolean keyUnknown = reason == Reason.TOKEN_UNKNOWN_KEY;
        return new Verification(Verdict.INVALID, reason, keyUnknown ? notAsked : refused, notAsked,
                keyUnknown ? refused : notAsked, Optional.empty(), Optional.empty(), List.of());
    }

    private static Verdict verdictOf(Finding status) {
        if (!status.failed()) {
            return Verdict.VALID;
        }
        return switch (status.reason()) {
            case REVOKED -> Verdict.REVOKED;
            case SUSPENDED -> Verdict.SUSPENDED;
            case EXPIRED -> Verdict.EXPIRED;
            default -> Verdict.INVALID;
        };
    }

    /**
     * Nothing is anchored under what was presented. A genuine token (its seal is registered and signed it)
     * names a licence that its issuer holds but has not anchored yet: PENDING, never verified. Anything else
     * is UNKNOWN to the ledger.
     */
    private static Verification notAnchored(Presented presented) {
        Finding notAnchored = Finding.skipped(Reason.NOT_ANCHORED, "nothing is anchored to check against");
        if (presented instanceof Presented.Token) {
            return new Verification(Verdict.PENDING, Reason.NOT_YET_ANCHORED, notAnchored,
                    Finding.invalid(Reason.NOT_YET_ANCHORED, "the token is genuine, but its licence is not anchored"
                            + " on the ledger yet; try again shortly"),
                    Finding.valid(Reason.TOKEN_SEALED, "the token was signed with a seal registered on the ledger"),
                    Optional.empty(), Optional.empty(), List.of());
        }
        return new Verification(Verdict.UNKNOWN, Reason.NOT_ANCHORED, notAnchored, Finding.invalid(Reason.NOT_ANCHORED,
                "no document is anchored under what was presented"), notAnchored, Optional.empty(),
                Optional.empty(), List.of());
    }
}
