package io.zhengku.ledger.fabric;

import io.zhengku.ledger.Commit;
import io.zhengku.ledger.CommitStatus;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.LedgerException.Reason;
import io.zhengku.ledger.fabric.FabricConnection.OrdererEndpoint;
import io.zhengku.ledger.fabric.FabricConnection.PeerEndpoint;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.hyperledger.fabric.sdk.BlockEvent.TransactionEvent;
import org.hyperledger.fabric.sdk.Channel;
import org.hyperledger.fabric.sdk.HFClient;
import org.hyperledger.fabric.sdk.Orderer;
import org.hyperledger.fabric.sdk.Peer;
import org.hyperledger.fabric.sdk.Peer.PeerRole;
import org.hyperledger.fabric.sdk.ProposalResponse;
import org.hyperledger.fabric.sdk.QueryByChaincodeRequest;
import org.hyperledger.fabric.sdk.TransactionProposalRequest;
import org.hyperledger.fabric.sdk.exception.TransactionEventException;
import org.hyperledger.fabric.sdk.security.CryptoSuite;

/**
 * One region's connection to the channel with one of its identities (网关): evaluates the contract on the
 * region's own peer, and submits transactions endorsed by the own peer and one other region's peer (what the
 * endorsement policies need), ordered by the first orderer that accepts them, with the commit read from the
 * own peer's events. Every failure is a {@link LedgerException}; the SDK stays behind this class.
 *
 * <pre>{@code
 * try (FabricGateway gateway = FabricGateway.connect(connection, FabricGateway.Signer.CLIENT)) {
 *     Optional<String> record = gateway.evaluate("findByDigest", sha256);
 *     Commit commit = gateway.submit("revoke", sha256, "ERROR", "issued in error").awaitCommit();
 * }
 * }</pre>
 */
public final class FabricGateway implements AutoCloseable {

    /** Which of the region's identities signs. */
    public enum Signer { CLIENT, ADMIN }

    static {
        // The SDK configures OpenTelemetry when its Config class loads, exporting to localhost:4317 unless told
        // otherwise; the services send no telemetry (and the exporter is excluded from the build).
        if (System.getProperty("otel.sdk.disabled") == null) {
            System.setProperty("otel.sdk.disabled", "true");
        }
    }

    private static final Duration PROPOSAL_WAIT = Duration.ofSeconds(30);
    private static final int MAX_MESSAGE_BYTES = 100 * 1024 * 1024;

    private final FabricConnection connection;
    private final HFClient client;
    private final Channel channel;
    private final Peer ownPeer;
    private final List<Peer> otherPeers;
    private final List<Orderer> orderers;
    private final Duration commitWait;
    private final ConcurrentMap<String, CompletableFuture<TransactionEvent>> pendingCommits = new ConcurrentHashMap<>();

    private FabricGateway(FabricConnection connection, HFClient client, Channel channel, Peer ownPeer,
                          List<Peer> otherPeers, List<Orderer> orderers, Duration commitWait) {
        this.connection = connection;
        this.client = client;
        this.channel = channel;
        this.ownPeer = ownPeer;
        this.otherPeers = otherPeers;
        this.orderers = orderers;
        this.commitWait = commitWait;
    }

    /** Connects with the default commit wait of 60 s. */
    public static FabricGateway connect(FabricConnection connection, Signer signer) throws LedgerException {
        return connect(connection, signer, Duration.ofSeconds(60));
    }

    /**
     * Connects to the channel as {@code signer} of the connection's region, and checks that the own peer
     * answers (the SDK's own initialisation only logs a peer it could not reach).
     */
    public static FabricGateway connect(FabricConnection connection, Signer signer, Duration commitWait)
            throws LedgerException {
        try {
            HFClient client = newClient(connection, signer);
            Channel channel = client.newChannel(connection.channel());
            Peer own = addPeer(client, channel, connection.ownPeer(), true);
            List<Peer> others = new ArrayList<>();
            for (PeerEndpoint other : connection.otherPeers()) {
                others.add(addPeer(client, channel, other, false));
            }
            List<Orderer> orderers = new ArrayList<>();
            for (OrdererEndpoint orderer : connection.orderers()) {
                Properties properties = tls(orderer.tlsRootCertificate());
                properties.setProperty("ordererWaitTimeMilliSecs", "10000");
                Orderer added = client.newOrderer(orderer.name(), "grpcs://" + orderer.address(), properties);
                channel.addOrderer(added);
                orderers.add(added);
            }
            channel.initialize();
            FabricGateway gateway = new FabricGateway(connection, client, channel, own, List.copyOf(others),
                    List.copyOf(orderers), commitWait);
            gateway.height();
            return gateway;
        } catch (LedgerException e) {
            throw e;
        } catch (Exception e) {
            throw new LedgerException(Reason.UNAVAILABLE, true, null, "could not connect to channel "
                    + connection.channel() + " through " + connection.ownPeer().address() + " as "
                    + connection.msp() + " " + signer + ": " + e.getMessage(), e);
        }
    }

    /** An SDK client signing as {@code signer} of the connection's region. */
    static HFClient newClient(FabricConnection connection, Signer signer) throws Exception {
        HFClient client = HFClient.createNewInstance();
        client.setCryptoSuite(CryptoSuite.Factory.getCryptoSuite());
        client.setUserContext(PemUser.of(connection.region() + "-" + signer.name().toLowerCase(java.util.Locale.ROOT),
                connection.msp(), signer == Signer.ADMIN ? connection.admin() : connection.client()));
        return client;
    }

    private static Peer addPeer(HFClient client, Channel channel, PeerEndpoint endpoint, boolean own) throws Exception {
        Properties properties = tls(endpoint.tlsRootCertificate());
        properties.setProperty(Peer.PEER_ORGANIZATION_MSPID_PROPERTY, endpoint.msp());
        Peer peer = client.newPeer("peer-" + endpoint.region(), "grpcs://" + endpoint.address(), properties);
        // Commit events come from the own peer only: a region trusts its own peer, and one stream is enough.
        EnumSet<PeerRole> roles = own
                ? EnumSet.of(PeerRole.ENDORSING_PEER, PeerRole.CHAINCODE_QUERY, PeerRole.LEDGER_QUERY, PeerRole.EVENT_SOURCE)
                : EnumSet.of(PeerRole.ENDORSING_PEER, PeerRole.CHAINCODE_QUERY);
        channel.addPeer(peer, Channel.PeerOptions.createPeerOptions().setPeerRoles(roles).registerEventsForFilteredBlocks());
        return peer;
    }

    static Properties tls(java.nio.file.Path rootCertificate) throws IOException {
        Properties properties = new Properties();
        properties.put("pemBytes", Files.readAllBytes(rootCertificate));
        properties.setProperty("negotiationType", "TLS");
        properties.put("grpc.NettyChannelBuilderOption.maxInboundMessageSize", MAX_MESSAGE_BYTES);
        return properties;
    }

    /** The region this gateway acts for, e.g. {@code ShanghaiMSP}. */
    public String msp() {
        return connection.msp();
    }

    /** The own peer's height of the channel: the number of its blocks. */
    public long height() throws LedgerException {
        try {
            return channel.queryBlockchainInfo(ownPeer).getHeight();
        } catch (Exception e) {
            throw unavailable("the own peer " + connection.ownPeer().address() + " did not tell its height", e);
        }
    }

    /**
     * Evaluates a contract function on the own peer; empty when the contract answers {@code NOT_FOUND}.
     *
     * @throws LedgerException a refusal with the contract's code, or {@code UNAVAILABLE}
     */
    public Optional<String> evaluate(String function, String... arguments) throws LedgerException {
        QueryByChaincodeRequest request = client.newQueryProposalRequest();
        request.setChaincodeName(connection.chaincode());
        request.setFcn(function);
        request.setArgs(arguments);
        request.setProposalWaitTime(PROPOSAL_WAIT.toMillis());
        ProposalResponse response;
        try {
            response = channel.queryByChaincode(request, List.of(ownPeer)).iterator().next();
        } catch (Exception e) {
            throw unavailable("could not evaluate " + function + " on " + connection.ownPeer().address(), e);
        }
        Endorsement answer = Endorsement.of(response);
        if (answer.isNotFound()) {
            return Optional.empty();
        }
        return Optional.of(answer.requireSuccess(function, null));
    }

    /** Evaluates a contract function on the own peer and reads its answer; empty for {@code NOT_FOUND}. */
    public <T> Optional<T> evaluate(Reader<T> reader, String function, String... arguments) throws LedgerException {
        Optional<String> answer = evaluate(function, arguments);
        return answer.isEmpty() ? Optional.empty() : Optional.of(reader.read(answer.get()));
    }

    /** Reads the contract's JSON answer, e.g. {@code LedgerRecords::documentRecord}. */
    @FunctionalInterface
    public interface Reader<T> {
        T read(String json) throws LedgerException;
    }

    /**
     * Endorses a contract function on the own peer and one other region's peer (the next if one cannot be
     * reached), and hands the transaction to the first orderer that accepts it. Does not wait for the commit.
     *
     * @throws LedgerException the contract's refusal, {@code ENDORSEMENT_FAILURE}, or {@code UNAVAILABLE} when
     *     no orderer accepted it (then it was not submitted)
     */
    public Submission submit(String function, String... arguments) throws LedgerException {
        List<ProposalResponse> endorsements = endorse(function, arguments);
        String txId = endorsements.get(0).getTransactionID();
        CompletableFuture<TransactionEvent> commit;
        try {
            commit = channel.sendTransaction(endorsements, Channel.TransactionOptions.createTransactionOptions()
                    .orderers(orderers).shuffleOrders(false).failFast(true)
                    .nOfEvents(Channel.NOfEvents.createNofEvents().addPeers(ownPeer).setN(1)));
        } catch (Exception e) {
            throw new LedgerException(Reason.UNAVAILABLE, true, txId, "could not submit " + function + ": " + e.getMessage(), e);
        }
        if (commit.isCompletedExceptionally() && !(causeOf(commit) instanceof TransactionEventException)) {
            throw new LedgerException(Reason.UNAVAILABLE, true, txId, "no orderer accepted transaction " + txId
                    + " (" + function + "): " + causeOf(commit).getMessage() + "; try again when an orderer answers",
                    causeOf(commit));
        }
        pendingCommits.put(txId, commit);
        commit.whenComplete((event, error) -> pendingCommits.remove(txId, commit));
        return new Submission(this, txId, Endorsement.of(endorsements.get(0)).requireSuccess(function, txId));
    }

    private List<ProposalResponse> endorse(String function, String... arguments) throws LedgerException {
        TransactionProposalRequest request = client.newTransactionProposalRequest();
        request.setChaincodeName(connection.chaincode());
        request.setFcn(function);
        request.setArgs(arguments);
        request.setProposalWaitTime(PROPOSAL_WAIT.toMillis());
        request.setTransactionContext(channel.newTransactionContext());
        if (otherPeers.isEmpty()) {
            throw new LedgerException(Reason.ENDORSEMENT_FAILURE, false, null, "the connection names no peer of"
                    + " another region, and every write needs one; add the other regions' peers to it", null);
        }
        LedgerException lastUnavailable = null;
        for (Peer other : otherPeers) {
            Endorsements endorsements = Endorsements.of(sendProposal(request, List.of(ownPeer, other)), function);
            if (endorsements.reachedAll()) {
                return endorsements.requireAgreement();
            }
            lastUnavailable = endorsements.unavailable();
            if (endorsements.ownPeerFailed(ownPeer)) {
                break; // no other region can stand in for the own peer
            }
        }
        throw lastUnavailable;
    }

    private List<ProposalResponse> sendProposal(TransactionProposalRequest request, List<Peer> peers) throws LedgerException {
        try {
            return new ArrayList<>(channel.sendTransactionProposal(request, peers));
        } catch (Exception e) {
            throw unavailable("could not send the proposal " + request.getFcn(), e);
        }
    }

    /**
     * Waits for a transaction's commit: for one submitted here, its event from the own peer; for any other
     * (one submitted before a restart), the own peer's ledger, read again until the deadline.
     */
    public Commit awaitCommit(String txId) throws LedgerException {
        CompletableFuture<TransactionEvent> pending = pendingCommits.get(txId);
        if (pending == null) {
            return committedEarlier(txId);
        }
        try {
            TransactionEvent event = pending.get(commitWait.toMillis(), TimeUnit.MILLISECONDS);
            return new Commit(txId, event.getValidationCode() & 0xFF, event.getBlockEvent().getBlockNumber());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof TransactionEventException invalid && invalid.getTransactionEvent() != null) {
                TransactionEvent event = invalid.getTransactionEvent();
                return new Commit(txId, event.getValidationCode() & 0xFF, event.getBlockEvent().getBlockNumber());
            }
            throw unavailable("transaction " + txId + " was not committed", e.getCause());
        } catch (TimeoutException e) {
            return committedEarlier(txId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new LedgerException(Reason.UNEXPECTED, true, txId, "interrupted while waiting for " + txId, e);
        }
    }

    private Commit committedEarlier(String txId) throws LedgerException {
        try {
            var info = channel.queryTransactionByID(ownPeer, txId);
            long block = channel.queryBlockByTransactionID(ownPeer, txId).getBlockNumber();
            return new Commit(txId, info.getValidationCode().getNumber(), block);
        } catch (Exception e) {
            throw new LedgerException(Reason.TIMEOUT, true, txId, "transaction " + txId + " was not committed on "
                    + connection.ownPeer().address() + " within " + commitWait.toSeconds() + " s: it may still be,"
                    + " or may have been lost by the ordering service; read the record back before submitting again", e);
        }
    }

    private LedgerException unavailable(String what, Throwable cause) {
        return new LedgerException(Reason.UNAVAILABLE, true, null, what + ": "
                + (cause == null ? "no answer" : cause.getMessage()), cause);
    }

    private static Throwable causeOf(CompletableFuture<?> failed) {
        try {
            failed.getNow(null);
            return null;
        } catch (java.util.concurrent.CompletionException e) {
            return e.getCause();
        } catch (java.util.concurrent.CancellationException e) {
            return e;
        }
    }

    /** Closes the channel's gRPC connections; a transaction still waiting for its commit is not completed. */
    @Override
    public void close() {
        channel.shutdown(true);
    }

    /**
     * A transaction handed to the ordering service.
     *
     * @param gateway the gateway that submitted it
     * @param transactionId its id
     * @param result what the contract answered at endorsement (it takes effect only if the commit is VALID)
     */
    public record Submission(FabricGateway gateway, String transactionId, String result) {

        /** Waits for its commit, see {@link FabricGateway#awaitCommit}. */
        public Commit awaitCommit() throws LedgerException {
            return gateway.awaitCommit(transactionId);
        }

        /**
         * Waits for its commit and returns the contract's answer once it is VALID.
         *
         * @throws LedgerException {@code MVCC_CONFLICT} (transient) or {@code COMMIT_INVALID} with the validation code
         */
        public String awaitValid() throws LedgerException {
            Commit commit = awaitCommit();
            if (commit.status() == CommitStatus.VALID) {
                return result;
            }
            Reason reason = commit.status().isReadConflict() ? Reason.MVCC_CONFLICT : Reason.COMMIT_INVALID;
            throw new LedgerException(reason, reason.isTransientByDefault(), transactionId, "transaction "
                    + transactionId + " was committed as " + commit.status() + " (validation code "
                    + commit.validationCode() + ") in block " + commit.blockNumber() + ", so it changed nothing", null);
        }
    }
}
