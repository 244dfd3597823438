package io.zhengku.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.testkit.Listeners;
import io.zhengku.testkit.fabric.FabricNetwork;
import io.zhengku.testkit.fabric.NetworkProcess;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every process of the network (orderers, peers, chaincode servers) accepts connections on the loopback address
 * only: its listen, chaincode, cluster and operations ports, as {@code ss} sees them for its pid. A port opened
 * on all interfaces by a default of core.yaml or orderer.yaml that network/ forgot to override fails here.
 */
class NetworkListenersIT {

    @Test
    void every_process_of_the_network_listens_on_the_loopback_address_only() {
        List<NetworkProcess> processes = FabricNetwork.shared().status();

        assertThat(processes).isNotEmpty().allMatch(NetworkProcess::up);
        assertThat(processes).allSatisfy(process -> {
            List<Listeners.Socket> sockets = Listeners.ofProcess(process.pid().orElseThrow());
            assertThat(sockets).as("%s %s", process.kind(), process.name()).isNotEmpty()
                    .allMatch(Listeners.Socket::loopback);
        });
    }
}
