package io.zhengku.verifier.service;

import java.time.Duration;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * How current the ledger state behind an answer is (时效): read from this region's peer just now, or from the
 * verifier's index, which is {@code blocksBehind} blocks behind the peer's last known height and was last
 * confirmed current {@code behind} ago. Every answer carries it, so a lag is never hidden.
 *
 * @param source {@code index} or {@code peer}
 * @param block the last block the index applied whole; empty for a peer read
 * @param blocksBehind the peer's blocks the index has not applied yet; 0 for a peer read
 * @param behind how long ago the index was last known to hold every block of the peer; zero for a peer read
 */
public record Freshness(String source, OptionalLong block, long blocksBehind, Duration behind) {

    public static final String INDEX = "index";
    public static final String PEER = "peer";

    public Freshness {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(block, "block");
        Objects.requireNonNull(behind, "behind");
    }

    /** A read of the peer itself: as current as the peer. */
    public static Freshness ofPeer() {
        return new Freshness(PEER, OptionalLong.empty(), 0, Duration.ZERO);
    }
}
