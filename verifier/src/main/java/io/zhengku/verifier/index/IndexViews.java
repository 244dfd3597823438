package io.zhengku.verifier.index;

import io.micronaut.context.annotation.Requires;
import io.zhengku.verifier.service.IndexedLedger;
import io.zhengku.verifier.service.LedgerView;
import io.zhengku.verifier.service.OwnPeer;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The index as verifications see it, whenever {@link IndexFollower} feeds it. */
@Singleton
@Requires(beans = IndexFollower.class)
public class IndexViews implements IndexedLedger {

    private final LedgerIndex index;
    private final IndexLag lag;
    private final OwnPeer peer;
    private final IndexSettings settings;
    private final Clock clock;

    public IndexViews(LedgerIndex index, IndexLag lag, OwnPeer peer, IndexSettings settings, Clock clock) {
        this.index = index;
        this.lag = lag;
        this.peer = peer;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public LedgerView view() {
        return new IndexView(index, lag, peer, settings.maxLag(), clock);
    }
}
