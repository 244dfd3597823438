package io.zhengku.verifier.index;

import io.micronaut.context.annotation.Context;
import io.micronaut.context.annotation.Requires;
import io.zhengku.ledger.EventFollower;
import io.zhengku.ledger.EventFollowerException;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.fabric.FabricEventSource;
import io.zhengku.verifier.service.OwnPeer;
import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps the {@link LedgerIndex} fed (索引跟随): a thread follows this region's own peer's blocks from the block
 * after the index's checkpoint, through the checkpointed {@link EventFollower}, and another asks the peer's
 * height every {@link IndexSettings#heightEvery()} so that {@link IndexLag} knows how far behind the index is.
 * A failure (peer unreachable, a block that cannot be applied) stops the follower, which starts again from the
 * checkpoint after {@link #RETRY_AFTER}; meanwhile the lag grows and answers past the bound are 503.
 */
@Context
@Requires(beans = OwnPeer.class)
@Requires(property = "zhengku.verifier.index.enabled", notEquals = "false")
public class IndexFollower {

    static final Duration RETRY_AFTER = Duration.ofSeconds(2);
    private static final Logger LOG = LoggerFactory.getLogger(IndexFollower.class);

    private final OwnPeer peer;
    private final LedgerIndex index;
    private final IndexStore store;
    private final IndexLag lag;
    private final Clock clock;
    private final Thread following;
    private final ScheduledExecutorService heights;
    private volatile EventFollower follower;
    private volatile boolean stopped;

    public IndexFollower(OwnPeer peer, LedgerIndex index, IndexStore store, IndexLag lag, IndexSettings settings,
                         Clock clock) {
        this.peer = peer;
        this.index = index;
        this.store = store;
        this.lag = lag;
        this.clock = clock;
        this.following = new Thread(this::followUntilStopped, "ledger-index-follower");
        this.following.setDaemon(true);
        this.following.start();
        this.heights = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "ledger-index-height");
            thread.setDaemon(true);
            return thread;
        });
        long every = settings.heightEvery().toMillis();
        heights.scheduleWithFixedDelay(this::askHeight, 0, every, TimeUnit.MILLISECONDS);
    }

    private void followUntilStopped() {
        while (!stopped) {
            try {
                follower = EventFollower.ofBlocks(new FabricEventSource(peer.connection()), store, index);
                if (stopped) {
                    return;
                }
                follower.follow();
            } catch (EventFollowerException e) {
                // Block numbers, transaction ids and reason codes only: the index holds no personal data.
                LOG.warn("the ledger index stopped following at block {} ({}): {}; following again in {} s",
                        e.blockNumber(), e.reason(), e.getMessage(), RETRY_AFTER.toSeconds());
            }
            sleep(RETRY_AFTER);
        }
    }

    private void askHeight() {
        try {
            lag.peerHeight(peer.height(), clock.instant());
        } catch (LedgerException e) {
            // Not confirmed: the lag grows until the peer answers again, and past the bound answers are 503.
        } catch (RuntimeException e) {
            LOG.warn("asking the peer's height failed: {}", e.toString());
        }
    }

    private void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            stopped = true;
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopped = true;
        heights.shutdownNow();
        EventFollower running = follower;
        if (running != null) {
            running.stop();
        }
        following.interrupt();
        following.join(5000);
    }
}
