package io.zhengku.verifier.testing;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.testkit.fabric.FabricNetwork;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The network between a verifier under test and its region's real peer, as a TCP relay on 127.0.0.1 that a
 * test can cut and restore, the way a network fault would: cut, open connections are dropped and new ones
 * refused, so the peer is unreachable; restored, it answers again. The verifier is given a copy of the region's
 * connection description that names the relay as its own peer; the relayed bytes are TLS, passed on untouched.
 *
 * <pre>{@code
 * PeerLink link = PeerLink.toOwnPeerOf("zhejiang");
 * properties.put("zhengku.ledger.connection", link.connectionFile().toString());
 * link.cut(); ... link.restore();
 * }</pre>
 */
public final class PeerLink implements AutoCloseable {

    private static final String LOOPBACK = "127.0.0.1";

    private final InetSocketAddress peer;
    private final Path connectionFile;
    private final Set<Socket> open = ConcurrentHashMap.newKeySet();
    private final int port;
    private ServerSocket listening;

    private PeerLink(InetSocketAddress peer, Path connectionFile, ServerSocket listening) {
        this.peer = peer;
        this.connectionFile = connectionFile;
        this.listening = listening;
        this.port = listening.getLocalPort();
        accept(listening);
    }

    /** A link to {@code region}'s own peer on the shared network, open. */
    @SuppressWarnings("unchecked")
    public static PeerLink toOwnPeerOf(String region) {
        try {
            Path original = FabricNetwork.shared().connectionFile(region);
            Map<String, Object> connection = new LinkedHashMap<>(
                    (Map<String, Object>) CanonicalJson.parse(Files.readAllBytes(original)));
            ServerSocket listening = listen(0);
            List<Object> peers = new ArrayList<>();
            InetSocketAddress peer = null;
            for (Object entry : (List<Object>) connection.get("peers")) {
                Map<String, Object> endpoint = new LinkedHashMap<>((Map<String, Object>) entry);
                if (region.equals(endpoint.get("region"))) {
                    String[] address = ((String) endpoint.get("address")).split(":");
                    peer = new InetSocketAddress(address[0], Integer.parseInt(address[1]));
                    endpoint.put("address", LOOPBACK + ":" + listening.getLocalPort());
                }
                peers.add(endpoint);
            }
            if (peer == null) {
                throw new IllegalStateException(original + " names no peer of " + region);
            }
            connection.put("peers", peers);
            Path file = Files.createTempDirectory("peer-link").resolve(region + ".json");
            Files.write(file, CanonicalJson.encode(connection));
            return new PeerLink(peer, file, listening);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The connection description naming this link as the region's own peer. */
    public Path connectionFile() {
        return connectionFile;
    }

    /** Drops every open connection and refuses new ones until {@link #restore()}. */
    public synchronized void cut() {
        closeQuietly(listening);
        listening = null;
        open.forEach(PeerLink::closeQuietly);
        open.clear();
    }

    /** Accepts connections again, on the same port. */
    public synchronized void restore() {
        if (listening == null) {
            try {
                listening = listen(port);
            } catch (IOException e) {
                throw new UncheckedIOException("port " + port + " could not be listened on again", e);
            }
            accept(listening);
        }
    }

    @Override
    public void close() {
        cut();
    }

    private static ServerSocket listen(int port) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(new InetSocketAddress(LOOPBACK, port));
        return socket;
    }

    private void accept(ServerSocket server) {
        daemon("peer-link-accept", () -> {
            while (!server.isClosed()) {
                try {
                    relay(server.accept());
                } catch (IOException closed) {
                    return;
                }
            }
        });
    }

    private void relay(Socket client) {
        Socket upstream = new Socket();
        open.add(client);
        open.add(upstream);
        daemon("peer-link-relay", () -> {
            try {
                upstream.connect(peer);
                daemon("peer-link-down", () -> pump(upstream, client));
                pump(client, upstream);
            } catch (IOException e) {
                closeQuietly(client);
                closeQuietly(upstream);
            }
        });
    }

    /** Copies {@code from} to {@code to} until either closes, then closes both. */
    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
                out.write(buffer, 0, read);
                out.flush();
            }
        } catch (IOException dropped) {
            // One side went away, or the link was cut: the other side goes too, as on a real network.
        } finally {
            closeQuietly(from);
            closeQuietly(to);
            open.remove(from);
            open.remove(to);
        }
    }

    private static void daemon(String name, Runnable work) {
        Thread thread = new Thread(work, name);
        thread.setDaemon(true);
        thread.start();
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception ignored) {
            // Closing what is already gone.
        }
    }
}
