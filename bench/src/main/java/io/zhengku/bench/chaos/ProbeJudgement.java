package io.zhengku.bench.chaos;

import io.zhengku.bench.chaos.VerifierProbe.Answer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the probe's answers say about the verifier of the region whose peer died, between the kill and the start
 * of the {@code network/up} that brought the peer back. Inside the verifier's lag bound a VALID is an answer it
 * can stand behind, and it says how far behind it is; past the bound (plus {@link #GRACE} for its height poll
 * and the request itself) a VALID would be stale: it must answer 503 then. And it must come back on its own.
 *
 * @param validBefore VALID answers before the kill
 * @param refusedBefore by problem code: the answers before the kill that were not a 200
 * @param during answers between the kill and the healing
 * @param validDuring of those, VALID (within the bound)
 * @param maxLagDuring the largest lag a VALID answer during the outage reported, in ms
 * @param refusedDuring by problem code: the answers during the outage that were not a 200
 * @param stale VALID answers that the verifier should not have given: past the bound during the outage, or
 *     reporting a lag past the bound at any time
 * @param wrongVerdicts 200 answers with another verdict than VALID for a licence that is valid throughout
 * @param recoveredAt the first VALID after the healing began, if any
 */
record ProbeJudgement(int validBefore, Map<String, Integer> refusedBefore, int during, int validDuring, long maxLagDuring,
                      Map<String, Integer> refusedDuring, int stale, int wrongVerdicts, Optional<Instant> recoveredAt) {

    static final Duration GRACE = Duration.ofMillis(1500);

    static ProbeJudgement of(List<Answer> answers, Instant peerKilled, Instant healing, Duration bound) {
        Instant staleFrom = peerKilled.plus(bound).plus(GRACE);
        int validBefore = 0;
        Map<String, Integer> refusedBefore = new TreeMap<>();
        int during = 0;
        int validDuring = 0;
        long maxLagDuring = 0;
        Map<String, Integer> refusedDuring = new TreeMap<>();
        int stale = 0;
        int wrongVerdicts = 0;
        Instant recoveredAt = null;
        for (Answer answer : answers) {
            boolean inOutage = !answer.at().isBefore(peerKilled) && answer.at().isBefore(healing);
            if (answer.status() == 200 && !answer.valid()) {
                wrongVerdicts++;
            }
            if (answer.valid() && (answer.millisBehind() > bound.toMillis() || inOutage && answer.at().isAfter(staleFrom))) {
                stale++;
            }
            if (answer.at().isBefore(peerKilled)) {
                validBefore += answer.valid() ? 1 : 0;
                if (answer.status() != 200) {
                    refusedBefore.merge(answer.status() + " " + answer.verdictOrCode(), 1, Integer::sum);
                }
            } else if (inOutage) {
                during++;
                if (answer.valid()) {
                    validDuring++;
                    maxLagDuring = Math.max(maxLagDuring, answer.millisBehind());
                } else if (answer.status() != 200) {
                    refusedDuring.merge(answer.status() + " " + answer.verdictOrCode(), 1, Integer::sum);
                }
            } else if (recoveredAt == null && answer.valid()) {
                recoveredAt = answer.at();
            }
        }
        return new ProbeJudgement(validBefore, refusedBefore, during, validDuring, maxLagDuring, refusedDuring, stale, wrongVerdicts,
                Optional.ofNullable(recoveredAt));
    }

    /** The verifier answered VALID, noticed the outage, never answered a stale or wrong verdict, and came back on its own. */
    boolean passed() {
        return validBefore > 0 && !refusedDuring.isEmpty() && stale == 0 && wrongVerdicts == 0 && recoveredAt.isPresent();
    }
}
