package io.zhengku.bench.verify;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;

/**
 * One HTTP/1.1 connection kept alive, for a load generator that must cost the machine far less than the server it
 * loads: a request is its bytes written as they are; an answer is its status line, its headers and its body read by
 * Content-Length or chunked framing, nothing parsed beyond that. The JDK's HttpClient took about 0.2 ms of CPU per
 * request here — a third of two cores at 3,350 requests/s, taken from the verifier it was measuring. A connection
 * the server closes is opened again on the next request. Not thread-safe: one per client thread.
 */
final class KeptAliveConnection implements Closeable {

    /** An answer: its status and its body as bytes. */
    record Answer(int status, byte[] body) {
        String text() {
            return new String(body, StandardCharsets.UTF_8);
        }
    }

    private final URI server;
    private final Duration timeout;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private boolean closeAfterAnswer;

    KeptAliveConnection(URI server, Duration timeout) {
        this.server = server;
        this.timeout = timeout;
    }

    /** POSTs {@code json} to {@code path} and reads the whole answer. */
    Answer postJson(String path, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        byte[] head = ("POST " + path + " HTTP/1.1\r\nHost: " + server.getHost() + ":" + port()
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length + "\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII);
        if (socket == null) {
            open();
        }
        try {
            out.write(head);
            out.write(body);
            out.flush();
            Answer answer = readAnswer();
            if (closeAfterAnswer) {
                close();
            }
            return answer;
        } catch (IOException e) {
            close();
            throw e;
        }
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            Socket closing = socket;
            socket = null;
            closing.close();
        }
    }

    private void open() throws IOException {
        Socket opened = new Socket();
        opened.setTcpNoDelay(true);
        opened.setSoTimeout((int) timeout.toMillis());
        opened.connect(new InetSocketAddress(server.getHost(), port()), (int) timeout.toMillis());
        socket = opened;
        in = new BufferedInputStream(opened.getInputStream(), 16 * 1024);
        out = opened.getOutputStream();
    }

    private int port() {
        return server.getPort() < 0 ? 80 : server.getPort();
    }

    private Answer readAnswer() throws IOException {
        String statusLine = line();
        String[] parts = statusLine.split(" ", 3);
        if (parts.length < 2 || !parts[0].startsWith("HTTP/1.")) {
            throw new IOException("not an HTTP/1.x status line: " + statusLine);
        }
        int status = Integer.parseInt(parts[1]);
        long length = -1;
        boolean chunked = false;
        closeAfterAnswer = parts[0].equals("HTTP/1.0");
        for (String header = line(); !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = colon < 0 ? header : header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = colon < 0 ? "" : header.substring(colon + 1).trim().toLowerCase(Locale.ROOT);
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.contains("chunked");
                case "connection" -> closeAfterAnswer = value.contains("close");
                default -> { }
            }
        }
        if (chunked) {
            return new Answer(status, chunkedBody());
        }
        if (length < 0) {
            throw new IOException("an answer with neither Content-Length nor chunked framing");
        }
        return new Answer(status, exactly(length));
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (long size = chunkSize(); size > 0; size = chunkSize()) {
            body.writeBytes(exactly(size));
            line(); // the CRLF after each chunk
        }
        for (String trailer = line(); !trailer.isEmpty(); trailer = line()) {
            // trailers carry nothing this bench reads
        }
        return body.toByteArray();
    }

    private long chunkSize() throws IOException {
        String line = line();
        int extension = line.indexOf(';');
        return Long.parseLong((extension < 0 ? line : line.substring(0, extension)).trim(), 16);
    }

    private byte[] exactly(long length) throws IOException {
        byte[] bytes = in.readNBytes((int) length);
        if (bytes.length != length) {
            throw new EOFException("the connection closed " + bytes.length + " bytes into a body of " + length);
        }
        return bytes;
    }

    /** One header line without its CRLF. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder(64);
        for (int b = in.read(); b != '\n'; b = in.read()) {
            if (b < 0) {
                throw new EOFException("the connection closed in the middle of an answer's head");
            }
            if (b != '\r') {
                line.append((char) b);
            }
        }
        return line.toString();
    }
}
