package io.zhengku.ledger.fabric;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.ledger.BatchAnchored;
import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.Checkpoint;
import io.zhengku.ledger.CheckpointStore;
import io.zhengku.ledger.ContractEvent;
import io.zhengku.ledger.EventFollower;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.LedgerRecords;
import io.zhengku.ledger.StateWrite;
import io.zhengku.ledger.StatusChangeRequest;
import io.zhengku.ledger.StatusChanged;
import io.zhengku.testkit.fabric.FabricNetwork;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Zhejiang's own peer's block events, read by the checkpointed follower while Shanghai anchors and revokes. */
class FabricEventSourceIT {

    private static final Duration SEEN_WITHIN = Duration.ofSeconds(30);

    private static FabricConnection zhejiangConnection;
    private static FabricLedger shanghai;
    private static RegisteredIssuer issuer;

    @BeforeAll
    static void connect() throws Exception {
        FabricNetwork network = FabricNetwork.shared();
        FabricConnection shanghaiConnection = FabricConnection.read(network.connectionFile("shanghai"));
        issuer = RegisteredIssuer.registerAsAdminOf(shanghaiConnection);
        shanghai = FabricLedger.connect(shanghaiConnection,
                BatcherSettings.defaults("sh-events-it").withMaxWait(Duration.ofMillis(100)));
        zhejiangConnection = FabricConnection.read(network.connectionFile("zhejiang"));
    }

    @AfterAll
    static void close() {
        shanghai.close();
    }

    @Test
    void an_anchoring_and_a_revocation_reach_the_follower_which_resumes_after_its_checkpoint() throws Exception {
        StoredCheckpoint checkpoint = new StoredCheckpoint(Checkpoint.afterBlock(shanghai.gateway().height() - 1));
        AnchorEntry first = issuer.material("EVENTS" + Long.toString(System.nanoTime(), 36).toUpperCase());

        List<ContractEvent> firstRun = follow(checkpoint, () -> {
            shanghai.anchor(first).get(60, TimeUnit.SECONDS);
            shanghai.changeStatus(new StatusChangeRequest.Revoke(first.sha256(), "ISSUED_IN_ERROR", "events test"));
        }, events -> events.stream().anyMatch(event -> event instanceof StatusChanged changed && changed.sha256().equals(first.sha256())));

        assertThat(firstRun).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(BatchAnchored.class,
                anchored -> assertThat(anchored.anchored()).contains(first.sha256())));
        assertThat(firstRun).anySatisfy(event -> assertThat(event).isInstanceOfSatisfying(StatusChanged.class,
                changed -> assertThat(changed.status()).isEqualTo(DocumentStatus.REVOKED)));
        Checkpoint afterFirstRun = checkpoint.load().orElseThrow();

        AnchorEntry second = issuer.material("EVENTS" + Long.toString(System.nanoTime(), 36).toUpperCase());
        List<ContractEvent> secondRun = follow(checkpoint, () -> shanghai.anchor(second).get(60, TimeUnit.SECONDS),
                events -> events.stream().anyMatch(event -> event instanceof BatchAnchored anchored
                        && anchored.anchored().contains(second.sha256())));

        assertThat(secondRun).allSatisfy(event -> assertThat(event.position().blockNumber())
                .isGreaterThanOrEqualTo(afterFirstRun.blockNumber()));
        assertThat(secondRun).noneSatisfy(event -> assertThat(event).isInstanceOfSatisfying(BatchAnchored.class,
                anchored -> assertThat(anchored.anchored()).contains(first.sha256())));
    }

    @Test
    void a_block_follower_sees_the_contracts_state_writes_as_the_peer_stores_them() throws Exception {
        StoredCheckpoint checkpoint = new StoredCheckpoint(Checkpoint.afterBlock(shanghai.gateway().height() - 1));
        AnchorEntry entry = issuer.material("WRITES" + Long.toString(System.nanoTime(), 36).toUpperCase());
        List<StateWrite> writes = new CopyOnWriteArrayList<>();
        EventFollower follower = EventFollower.ofBlocks(new FabricEventSource(zhejiangConnection), checkpoint,
                block -> writes.addAll(block.writes()));
        Thread thread = new Thread(() -> {
            try {
                follower.follow();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }, "block-follower");
        thread.start();
        try {
            shanghai.anchor(entry).get(60, TimeUnit.SECONDS);
            shanghai.changeStatus(new StatusChangeRequest.Revoke(entry.sha256(), "ISSUED_IN_ERROR", "writes test"));
            assertThat(FabricNetwork.await(SEEN_WITHIN, () -> recordsOf(writes, entry.sha256()).size() == 2))
                    .as("the anchoring's and the revocation's writes arrived within %s", SEEN_WITHIN).isTrue();
        } finally {
            follower.stop();
            thread.join(10_000);
        }

        List<DocumentRecord> records = recordsOf(writes, entry.sha256());
        assertThat(records).extracting(DocumentRecord::status)
                .containsExactly(DocumentStatus.ACTIVE, DocumentStatus.REVOKED);
        assertThat(records.get(1)).isEqualTo(shanghai.findByDigest(entry.sha256()).orElseThrow());
        assertThat(writes).anySatisfy(write -> assertThat(write.keyType() + " " + write.keyId())
                .isEqualTo("batch " + records.get(0).batchId()));
        assertThat(writes).anySatisfy(write -> assertThat(write.keyType() + " " + write.keyId())
                .isEqualTo("documentId " + entry.documentId()));
        assertThat(writes).extracting(StateWrite::keyType)
                .allMatch(type -> List.of("region", "department", "seal", "document", "documentId", "batch")
                        .contains(type));
    }

    private static List<DocumentRecord> recordsOf(List<StateWrite> writes, String sha256) {
        List<DocumentRecord> records = new java.util.ArrayList<>();
        for (StateWrite write : writes) {
            if (write.keyType().equals("document") && write.keyId().equals(sha256)) {
                try {
                    records.add(LedgerRecords.documentRecord(new String(write.value(), StandardCharsets.UTF_8)));
                } catch (LedgerException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return records;
    }

    /** Runs a follower over Zhejiang's peer while {@code action} runs, until {@code done} holds; its events. */
    private static List<ContractEvent> follow(CheckpointStore checkpoint, Action action,
                                              java.util.function.Predicate<List<ContractEvent>> done) throws Exception {
        List<ContractEvent> events = new CopyOnWriteArrayList<>();
        EventFollower follower = EventFollower.create(new FabricEventSource(zhejiangConnection), checkpoint, events::add);
        Thread thread = new Thread(() -> {
            try {
                follower.follow();
            } catch (Exception e) {
                events.clear(); // the assertions below then fail, and the report shows why
                throw new IllegalStateException(e);
            }
        }, "follower");
        thread.start();
        try {
            action.run();
            assertThat(FabricNetwork.await(SEEN_WITHIN, () -> done.test(events)))
                    .as("the follower saw the events within %s", SEEN_WITHIN).isTrue();
        } finally {
            follower.stop();
            thread.join(10_000);
        }
        return events;
    }

    @FunctionalInterface
    private interface Action {
        void run() throws Exception;
    }

    private static final class StoredCheckpoint implements CheckpointStore {

        private final AtomicReference<Checkpoint> saved;

        StoredCheckpoint(Checkpoint initial) {
            saved = new AtomicReference<>(initial);
        }

        @Override
        public Optional<Checkpoint> load() {
            return Optional.of(saved.get());
        }

        @Override
        public void save(Checkpoint checkpoint) {
            saved.set(checkpoint);
        }
    }
}
