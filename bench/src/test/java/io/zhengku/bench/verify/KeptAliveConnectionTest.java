package io.zhengku.bench.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The bench's own HTTP client against the JDK's HTTP server: framing, keep-alive and a server that closes. */
class KeptAliveConnectionTest {

    private HttpServer server;
    private final Set<String> connections = ConcurrentHashMap.newKeySet();
    private URI base;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/length", exchange -> answer(exchange, 200, false, false));
        server.createContext("/chunked", exchange -> answer(exchange, 200, true, false));
        server.createContext("/close", exchange -> answer(exchange, 503, false, true));
        server.start();
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Echoes the request body behind "got:", noting the connection it came on. */
    private void answer(HttpExchange exchange, int status, boolean chunked, boolean close) throws IOException {
        connections.add(exchange.getRemoteAddress().toString());
        byte[] body = ("got:" + new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8))
                .getBytes(StandardCharsets.UTF_8);
        if (close) {
            exchange.getResponseHeaders().add("Connection", "close");
        }
        exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Test
    void answers_by_content_length_come_back_whole_over_one_connection() throws IOException {
        try (KeptAliveConnection connection = new KeptAliveConnection(base, Duration.ofSeconds(5))) {
            for (int i = 0; i < 20; i++) {
                KeptAliveConnection.Answer answer = connection.postJson("/length", "{\"n\":" + i + "}");
                assertThat(answer.status()).isEqualTo(200);
                assertThat(answer.text()).isEqualTo("got:{\"n\":" + i + "}");
            }
        }
        assertThat(connections).hasSize(1);
    }

    @Test
    void chunked_answers_are_put_together() throws IOException {
        try (KeptAliveConnection connection = new KeptAliveConnection(base, Duration.ofSeconds(5))) {
            String big = "x".repeat(100_000);
            assertThat(connection.postJson("/chunked", big).text()).isEqualTo("got:" + big);
            assertThat(connection.postJson("/chunked", "second").text()).isEqualTo("got:second");
        }
    }

    @Test
    void a_connection_the_server_closes_is_opened_again_for_the_next_request() throws IOException {
        try (KeptAliveConnection connection = new KeptAliveConnection(base, Duration.ofSeconds(5))) {
            KeptAliveConnection.Answer closing = connection.postJson("/close", "a");
            KeptAliveConnection.Answer next = connection.postJson("/length", "b");

            assertThat(closing.status()).isEqualTo(503);
            assertThat(closing.text()).isEqualTo("got:a");
            assertThat(next.text()).isEqualTo("got:b");
        }
        assertThat(connections).hasSize(2);
    }
}
