package io.zhengku.vault.fault;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.env.Environment;
import io.micronaut.core.annotation.Nullable;
import io.zhengku.core.anchor.AnchorBatch;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.ledger.AnchorTransactions;
import io.zhengku.ledger.Commit;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.Submitted;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fault injection for the crash test (故障注入): with {@code zhengku.fault.crash-at} set to a {@link CrashPoint},
 * the vault kills itself with {@code kill -9} the {@code zhengku.fault.crash-on}-th time (default 1) a document
 * passes that point — no shutdown hook, no flush, as a power cut would. Off unless set; a vault started with the
 * {@code prod} environment refuses to start with it, so that a stray setting cannot take production down.
 */
@Singleton
public class CrashPoints {

    private static final Logger LOG = LoggerFactory.getLogger(CrashPoints.class);
    static final String PRODUCTION = "prod";

    private final Optional<CrashPoint> armed;
    private final int crashOn;
    private final AtomicInteger passes = new AtomicInteger();

    public CrashPoints(@Nullable @Property(name = "zhengku.fault.crash-at") String crashAt,
                       @Property(name = "zhengku.fault.crash-on", defaultValue = "1") int crashOn,
                       Environment environment) {
        this.armed = Optional.ofNullable(crashAt).filter(s -> !s.isBlank()).map(CrashPoint::of);
        if (armed.isPresent() && environment.getActiveNames().contains(PRODUCTION)) {
            throw new IllegalStateException("zhengku.fault.crash-at is set to '" + crashAt + "' in the " + PRODUCTION
                    + " environment; fault injection is for the crash test only: remove the setting");
        }
        if (crashOn < 1) {
            throw new IllegalArgumentException("zhengku.fault.crash-on must be 1 or more, got " + crashOn);
        }
        this.crashOn = crashOn;
        armed.ifPresent(p -> LOG.warn("fault injection armed: kill -9 at {}, pass {}", p.setting(), crashOn));
    }

    /** Kills the vault here if this point is armed and this is the pass it waits for; otherwise returns. */
    public void reached(CrashPoint point) {
        if (armed.isPresent() && armed.get() == point && passes.incrementAndGet() == crashOn) {
            LOG.warn("fault injection: kill -9 at {}", point.setting());
            killMyself();
        }
    }

    /** The batcher's steps, with {@link CrashPoint#AFTER_SUBMIT} reached after each submission. */
    public AnchorTransactions afterSubmit(AnchorTransactions transactions) {
        if (armed.filter(p -> p == CrashPoint.AFTER_SUBMIT).isEmpty()) {
            return transactions;
        }
        return new AnchorTransactions() {
            @Override
            public Submitted submit(AnchorBatch batch) throws LedgerException {
                Submitted submitted = transactions.submit(batch);
                reached(CrashPoint.AFTER_SUBMIT);
                return submitted;
            }

            @Override
            public Commit awaitCommit(String transactionId) throws LedgerException {
                return transactions.awaitCommit(transactionId);
            }

            @Override
            public Optional<DocumentRecord> findByDigest(String sha256) throws LedgerException {
                return transactions.findByDigest(sha256);
            }
        };
    }

    private static void killMyself() {
        String pid = Long.toString(ProcessHandle.current().pid());
        try {
            new ProcessBuilder("kill", "-9", pid).inheritIO().start().waitFor(10, TimeUnit.SECONDS);
        } catch (IOException e) {
            LOG.warn("kill -9 {} failed: {}", pid, e.toString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        // Only if the signal did not arrive: still no shutdown hook.
        Runtime.getRuntime().halt(128 + 9);
    }
}
