package io.zhengku.verifier.index;

import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.ledger.VerificationEvidence;
import io.zhengku.verifier.service.Freshness;
import io.zhengku.verifier.service.LedgerLaggingException;
import io.zhengku.verifier.service.LedgerUnavailableException;
import io.zhengku.verifier.service.LedgerView;
import io.zhengku.verifier.service.OwnPeer;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * The index as one verification reads it. Taken only while the index is within its lag bound. A record found
 * is answered from the index, with its lag stated. A record NOT found may be one committed a moment ago that
 * the index has not applied yet, so an absence is confirmed: the peer's height is asked (one light call) and the
 * index given until its bound to reach it; only then is "not anchored" answered, else 503 ledger-lagging.
 */
final class IndexView implements LedgerView {

    private static final Duration POLL = Duration.ofMillis(10);

    private final LedgerIndex index;
    private final IndexLag lag;
    private final OwnPeer peer;
    private final Duration maxLag;
    private final Clock clock;
    private Freshness freshness;

    IndexView(LedgerIndex index, IndexLag lag, OwnPeer peer, Duration maxLag, Clock clock) {
        this.index = index;
        this.lag = lag;
        this.peer = peer;
        this.maxLag = maxLag;
        this.clock = clock;
        this.freshness = lag.at(clock.instant());
        if (freshness.behind().compareTo(maxLag) > 0) {
            throw new LedgerLaggingException(describe(freshness) + ", more than the bound of " + maxLag.toMillis()
                    + " ms, so it cannot confirm anything now; try again shortly");
        }
    }

    @Override
    public Freshness freshness() {
        return freshness;
    }

    @Override
    public Optional<VerificationEvidence> evidenceByDigest(String sha256) {
        return confirmedRead(() -> index.evidenceByDigest(sha256));
    }

    @Override
    public Optional<VerificationEvidence> evidenceById(String documentId) {
        return confirmedRead(() -> index.evidenceById(documentId));
    }

    @Override
    public Optional<RegisteredSeal> seal(String fingerprint) {
        return confirmedRead(() -> index.seal(fingerprint));
    }

    private interface Read<T> {
        Optional<T> run() throws LedgerException;
    }

    private <T> Optional<T> confirmedRead(Read<T> read) {
        Optional<T> found = read(read);
        if (found.isPresent()) {
            return found;
        }
        awaitPeerHeightNow();
        return read(read);
    }

    private void awaitPeerHeightNow() {
        long height;
        try {
            height = peer.height();
        } catch (LedgerException e) {
            throw new LedgerUnavailableException("this verifier's peer could not confirm that nothing is anchored"
                    + " under what was presented (" + e.reason() + "); try again shortly", e);
        }
        lag.peerHeight(height, clock.instant());
        long deadline = System.nanoTime() + maxLag.toNanos();
        while (lag.appliedBlock().orElse(-1) < height - 1) {
            if (System.nanoTime() > deadline) {
                throw new LedgerLaggingException(describe(lag.at(clock.instant())) + " and did not reach the peer's"
                        + " height " + height + " within " + maxLag.toMillis() + " ms, so it cannot confirm that"
                        + " nothing is anchored under what was presented; try again shortly");
            }
            sleep();
        }
        freshness = lag.at(clock.instant());
    }

    private <T> Optional<T> read(Read<T> read) {
        try {
            return read.run();
        } catch (LedgerException e) {
            throw new LedgerUnavailableException("this verifier's index could not be read (" + e.reason() + ": "
                    + e.getMessage() + "); try again shortly", e);
        } catch (IllegalStateException e) {
            throw new LedgerUnavailableException("this verifier's index could not be read; try again shortly", e);
        }
    }

    private static String describe(Freshness freshness) {
        return "this verifier's index is " + freshness.blocksBehind() + " block(s) behind its peer and was last"
                + " confirmed current " + freshness.behind().toMillis() + " ms ago";
    }

    private static void sleep() {
        try {
            Thread.sleep(POLL.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerUnavailableException("interrupted while the index caught up", e);
        }
    }
}
