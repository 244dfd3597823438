package io.zhengku.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The TCP sockets listening on this machine as {@code ss -Hltnp} shows them (package iproute2), so that a test
 * can tell on which addresses a service it started accepts connections.
 *
 * <pre>{@code
 * assertThat(Listeners.ofPort(server.getPort())).isNotEmpty().allMatch(Listeners.Socket::loopback);
 * }</pre>
 */
public final class Listeners {

    private static final Pattern LINE = Pattern.compile("^\\S+\\s+\\d+\\s+\\d+\\s+(\\S+):(\\d+|\\*)\\s+\\S+(.*)$");
    private static final Pattern PID = Pattern.compile("pid=(\\d+)");

    private Listeners() {
    }

    /** A listening socket: its local address (as ss writes it, e.g. {@code [::ffff:127.0.0.1]}), port and pids. */
    public record Socket(String address, int port, List<Long> pids) {

        /** True for 127.0.0.0/8 and ::1, IPv4-mapped or not; false for wildcards and every other address. */
        public boolean loopback() {
            String bare = address.replaceFirst("%.*$", "").replace("[", "").replace("]", "");
            return bare.startsWith("127.") || bare.startsWith("::ffff:127.") || bare.equals("::1");
        }
    }

    /** Every listening TCP socket. */
    public static List<Socket> all() {
        List<Socket> sockets = new ArrayList<>();
        for (String line : ss().split("\n")) {
            Matcher matcher = LINE.matcher(line.strip());
            if (matcher.matches() && !matcher.group(2).equals("*")) {
                List<Long> pids = new ArrayList<>();
                Matcher pid = PID.matcher(matcher.group(3));
                while (pid.find()) {
                    pids.add(Long.parseLong(pid.group(1)));
                }
                sockets.add(new Socket(matcher.group(1), Integer.parseInt(matcher.group(2)), List.copyOf(pids)));
            }
        }
        return sockets;
    }

    /** The listening sockets on {@code port}. */
    public static List<Socket> ofPort(int port) {
        return all().stream().filter(socket -> socket.port() == port).toList();
    }

    /** The listening sockets held by process {@code pid}. */
    public static List<Socket> ofProcess(long pid) {
        return all().stream().filter(socket -> socket.pids().contains(pid)).toList();
    }

    private static String ss() {
        try {
            Process ss = new ProcessBuilder("ss", "-Hltnp").redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (ss.waitFor() != 0) {
                throw new IllegalStateException("ss -Hltnp failed (exit status " + ss.exitValue()
                        + "); is iproute2 installed (apt-get install iproute2)?");
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run ss; is iproute2 installed (apt-get install iproute2)?", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
