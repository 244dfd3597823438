package io.zhengku.ledger.fabric;

import com.google.protobuf.InvalidProtocolBufferException;
import io.zhengku.ledger.ContractEventSource;
import io.zhengku.ledger.DeliveredEvent;
import io.zhengku.ledger.LedgerBlock;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.LedgerException.Reason;
import io.zhengku.ledger.StateWrite;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.hyperledger.fabric.protos.ledger.rwset.kvrwset.KvRwset;
import org.hyperledger.fabric.sdk.BlockEvent;
import org.hyperledger.fabric.sdk.BlockInfo.TransactionEnvelopeInfo.TransactionActionInfo;
import org.hyperledger.fabric.sdk.Channel;
import org.hyperledger.fabric.sdk.ChaincodeEvent;
import org.hyperledger.fabric.sdk.HFClient;
import org.hyperledger.fabric.sdk.Peer;
import org.hyperledger.fabric.sdk.Peer.PeerRole;
import org.hyperledger.fabric.sdk.QueuedBlockEvent;
import org.hyperledger.fabric.sdk.TxReadWriteSetInfo;

/**
 * The own region's peer's full blocks from a given number on, with the {@code zhengku} contract's events of
 * VALID transactions and their writes to the contract's world state: what the {@code EventFollower} reads. A lost connection is retried by the SDK from the
 * block after the last one delivered, so a stream never skips a block; while it is down, {@link
 * BlockStream#next()} waits and the follower's lag grows.
 */
public final class FabricEventSource implements ContractEventSource {

    private final FabricConnection connection;

    public FabricEventSource(FabricConnection connection) {
        this.connection = Objects.requireNonNull(connection, "connection");
    }

    @Override
    public BlockStream open(long fromBlock) throws LedgerException {
        BlockingQueue<QueuedBlockEvent> queue = new LinkedBlockingQueue<>();
        AtomicLong delivered = new AtomicLong(fromBlock - 1);
        try {
            HFClient client = FabricGateway.newClient(connection, FabricGateway.Signer.CLIENT);
            Channel channel = client.newChannel(connection.channel());
            Peer peer = client.newPeer("peer-" + connection.region() + "-events", "grpcs://" + connection.ownPeer().address(),
                    FabricGateway.tls(connection.ownPeer().tlsRootCertificate()));
            // The SDK's own reconnect restarts from the newest block when none arrived yet; this one never skips.
            peer.setPeerEventingServiceDisconnected(disconnected -> reconnect(disconnected, delivered));
            channel.addPeer(peer, Channel.PeerOptions.createPeerOptions().setPeerRoles(EnumSet.of(PeerRole.EVENT_SOURCE))
                    .registerEventsForBlocks().startEvents(fromBlock));
            channel.registerBlockListener(queue); // before initialize, so that no block is missed
            channel.initialize();
            return new Stream(channel, queue, delivered, connection.chaincode());
        } catch (Exception e) {
            throw new LedgerException(Reason.UNAVAILABLE, true, null, "could not read blocks from "
                    + connection.ownPeer().address() + " from block " + fromBlock + ": " + e.getMessage(), e);
        }
    }

    private static void reconnect(Peer.PeerEventingServiceDisconnectEvent disconnected, AtomicLong delivered) {
        try {
            Thread.sleep(Math.min(5000, 500L * (1 + disconnected.getReconnectCount())));
            disconnected.reconnect(delivered.get() + 1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            // The SDK calls this handler again when the next attempt fails.
        }
    }

    private static final class Stream implements BlockStream {

        private final Channel channel;
        private final BlockingQueue<QueuedBlockEvent> queue;
        private final AtomicLong delivered;
        private final String chaincode;
        private volatile boolean closed;

        Stream(Channel channel, BlockingQueue<QueuedBlockEvent> queue, AtomicLong delivered, String chaincode) {
            this.channel = channel;
            this.queue = queue;
            this.delivered = delivered;
            this.chaincode = chaincode;
        }

        @Override
        public Optional<LedgerBlock> next() throws LedgerException {
            while (!closed) {
                QueuedBlockEvent queued;
                try {
                    queued = queue.poll(200, TimeUnit.MILLISECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return Optional.empty();
                }
                if (queued != null && queued.getBlockEvent().getBlockNumber() > delivered.get()) {
                    BlockEvent block = queued.getBlockEvent();
                    delivered.set(block.getBlockNumber());
                    return Optional.of(blockOf(block));
                }
            }
            return Optional.empty();
        }

        private LedgerBlock blockOf(BlockEvent block) throws LedgerException {
            List<DeliveredEvent> events = new ArrayList<>();
            List<StateWrite> writes = new ArrayList<>();
            for (BlockEvent.TransactionEvent transaction : block.getTransactionEvents()) {
                if (!transaction.isValid()) {
                    continue; // an invalid transaction changed nothing, whatever event it set
                }
                for (TransactionActionInfo action : transaction.getTransactionActionInfos()) {
                    ChaincodeEvent event = action.getEvent();
                    if (event != null && chaincode.equals(event.getChaincodeId())) {
                        events.add(new DeliveredEvent(block.getBlockNumber(), transaction.getTransactionID(),
                                event.getEventName(), event.getPayload()));
                    }
                    addWrites(action.getTxReadWriteSet(), writes, block.getBlockNumber());
                }
            }
            return new LedgerBlock(block.getBlockNumber(), events, writes);
        }

        /** The contract's own namespace only: the lifecycle's and the policies' writes are not its state. */
        private void addWrites(TxReadWriteSetInfo rwset, List<StateWrite> writes, long block) throws LedgerException {
            if (rwset == null) {
                return;
            }
            for (TxReadWriteSetInfo.NsRwsetInfo namespace : rwset.getNsRwsetInfos()) {
                if (!chaincode.equals(namespace.getNamespace())) {
                    continue;
                }
                try {
                    for (KvRwset.KVWrite write : namespace.getRwset().getWritesList()) {
                        writes.add(new StateWrite(write.getKey(),
                                write.getIsDelete() ? new byte[0] : write.getValue().toByteArray()));
                    }
                } catch (InvalidProtocolBufferException | IllegalArgumentException e) {
                    throw new LedgerException(Reason.MALFORMED_RESPONSE, false, null, "block " + block
                            + " holds a write set of " + chaincode + " that cannot be read: " + e.getMessage(), e);
                }
            }
        }

        @Override
        public void close() {
            closed = true;
            channel.shutdown(true);
        }
    }
}
