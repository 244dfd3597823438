package io.zhengku.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class ListenersTest {

    @Test
    void a_socket_on_127_0_0_1_is_loopback_and_held_by_this_process() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            assertThat(Listeners.ofPort(socket.getLocalPort())).isNotEmpty().allMatch(Listeners.Socket::loopback)
                    .allMatch(listener -> listener.pids().contains(ProcessHandle.current().pid()));
        }
    }

    @Test
    void a_socket_on_every_interface_is_not_loopback() throws Exception {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(0));
            assertThat(Listeners.ofPort(socket.getLocalPort())).isNotEmpty().noneMatch(Listeners.Socket::loopback);
        }
    }
}
