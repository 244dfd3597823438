package io.zhengku.ledger.fabric;

import io.zhengku.core.json.JsonObjectReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * How one region's services reach the network (连接描述), as {@code network/up} writes it to
 * {@code connections/<region>.json}: the channel and contract, that region's own identities (and no other
 * region's), every region's peer and every orderer with the TLS root that signs its certificate.
 *
 * <p>{@code FabricConnection shanghai = FabricConnection.read(Path.of(".../connections/shanghai.json"));}
 *
 * @param channel the channel, {@code yangtze-delta}
 * @param chaincode the contract's chaincode name, {@code zhengku}
 * @param region the region these identities belong to, e.g. {@code shanghai}
 * @param msp that region's MSP id, e.g. {@code ShanghaiMSP}
 * @param client the identity that anchors and changes documents (a NodeOU {@code client})
 * @param admin the region admin's identity, which alone may change the issuer registry
 * @param peers every region's peer, the own one among them
 * @param orderers the ordering service's nodes, tried in this order
 */
public record FabricConnection(String channel, String chaincode, String region, String msp, Identity client,
                               Identity admin, List<PeerEndpoint> peers, List<OrdererEndpoint> orderers) {

    private static final Set<String> FIELDS = Set.of("channel", "chaincode", "region", "msp", "client", "admin",
            "peers", "orderers");

    public FabricConnection {
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(chaincode, "chaincode");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(msp, "msp");
        Objects.requireNonNull(client, "client");
        Objects.requireNonNull(admin, "admin");
        peers = List.copyOf(peers);
        orderers = List.copyOf(orderers);
        if (orderers.isEmpty()) {
            throw new IllegalArgumentException("the connection names no orderer");
        }
        if (peers.stream().noneMatch(peer -> peer.msp().equals(msp))) {
            throw new IllegalArgumentException("the connection names no peer of its own region " + msp);
        }
    }

    /** Reads a connection description; says which file and which field is wrong. */
    public static FabricConnection read(Path file) throws IOException {
        String json = Files.readString(file, StandardCharsets.UTF_8);
        try {
            JsonObjectReader connection = JsonObjectReader.parse(json, "connection " + file).allowOnly(FIELDS);
            return new FabricConnection(connection.string("channel"), connection.string("chaincode"),
                    connection.string("region"), connection.string("msp"),
                    Identity.of(connection.object("client")), Identity.of(connection.object("admin")),
                    connection.objects("peers", "peer").stream().map(PeerEndpoint::of).toList(),
                    connection.objects("orderers", "orderer").stream().map(OrdererEndpoint::of).toList());
        } catch (IllegalArgumentException e) { // core's InvalidFieldException among them
            throw new IOException("the connection description " + file + " cannot be read: " + e.getMessage()
                    + "; network/up writes it (connections/<region>.json in the network's run folder)", e);
        }
    }

    /** This region's own peer: where it reads, endorses first and takes its commit events. */
    public PeerEndpoint ownPeer() {
        return peers.stream().filter(peer -> peer.msp().equals(msp)).findFirst().orElseThrow();
    }

    /** The other regions' peers, one of which endorses every write with the own peer. */
    public List<PeerEndpoint> otherPeers() {
        return peers.stream().filter(peer -> !peer.msp().equals(msp)).toList();
    }

    /**
     * An X.509 identity as cryptogen lays it out.
     *
     * @param certificate the certificate PEM file (msp/signcerts)
     * @param privateKey the PKCS#8 private key PEM file (msp/keystore); its contents are read only to sign
     */
    public record Identity(Path certificate, Path privateKey) {

        public Identity {
            Objects.requireNonNull(certificate, "certificate");
            Objects.requireNonNull(privateKey, "privateKey");
        }

        static Identity of(JsonObjectReader json) {
            JsonObjectReader identity = json.allowOnly(Set.of("certificate", "privateKey"));
            return new Identity(Path.of(identity.string("certificate")), Path.of(identity.string("privateKey")));
        }
    }

    /**
     * A region's peer.
     *
     * @param region the region, e.g. {@code zhejiang}
     * @param msp its MSP id
     * @param address host and port of its gRPC listener
     * @param tlsRootCertificate the PEM file of the CA that signed its TLS certificate
     */
    public record PeerEndpoint(String region, String msp, String address, Path tlsRootCertificate) {

        public PeerEndpoint {
            Objects.requireNonNull(region, "region");
            Objects.requireNonNull(msp, "msp");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(tlsRootCertificate, "tlsRootCertificate");
        }

        static PeerEndpoint of(JsonObjectReader json) {
            JsonObjectReader peer = json.allowOnly(Set.of("region", "msp", "address", "tlsRootCertificate"));
            return new PeerEndpoint(peer.string("region"), peer.string("msp"), peer.string("address"),
                    Path.of(peer.string("tlsRootCertificate")));
        }
    }

    /**
     * An orderer.
     *
     * @param name its name, e.g. {@code orderer1}
     * @param address host and port of its gRPC listener
     * @param tlsRootCertificate the PEM file of the CA that signed its TLS certificate
     */
    public record OrdererEndpoint(String name, String address, Path tlsRootCertificate) {

        public OrdererEndpoint {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(address, "address");
            Objects.requireNonNull(tlsRootCertificate, "tlsRootCertificate");
        }

        static OrdererEndpoint of(JsonObjectReader json) {
            JsonObjectReader orderer = json.allowOnly(Set.of("name", "address", "tlsRootCertificate"));
            return new OrdererEndpoint(orderer.string("name"), orderer.string("address"),
                    Path.of(orderer.string("tlsRootCertificate")));
        }
    }
}
