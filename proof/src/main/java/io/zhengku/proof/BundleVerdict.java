package io.zhengku.proof;

import java.util.List;

/**
 * What an offline check of a proof bundle found.
 *
 * @param verdict    VALID only when every check passed and the batch root was confirmed against the ledger;
 *                   ROOT_UNCONFIRMED when everything that was given holds but no anchored root was given to
 *                   compare with; INVALID when any check failed
 * @param documentId the licence or material the bundle is about, when readable
 * @param checks     every check, in order
 */
public record BundleVerdict(Verdict verdict, String documentId, List<Check> checks) {

    /** The overall outcome. */
    public enum Verdict {
        VALID,
        ROOT_UNCONFIRMED,
        INVALID
    }

    public BundleVerdict {
        checks = List.copyOf(checks);
    }

    static BundleVerdict of(String documentId, List<Check> checks) {
        boolean failed = checks.stream().anyMatch(c -> c.result() == CheckResult.INVALID);
        boolean rootConfirmed = checks.stream()
                .anyMatch(c -> c.name().equals(ProofBundleVerifier.ROOT) && c.result() == CheckResult.VALID);
        Verdict verdict = failed ? Verdict.INVALID : rootConfirmed ? Verdict.VALID : Verdict.ROOT_UNCONFIRMED;
        return new BundleVerdict(verdict, documentId, checks);
    }
}
