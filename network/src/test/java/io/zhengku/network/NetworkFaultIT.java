package io.zhengku.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.testkit.fabric.CommandResult;
import io.zhengku.testkit.fabric.FabricNetwork;
import io.zhengku.testkit.fabric.TestDepartments;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** kill -9 of an orderer and of a peer on the real network, and network/up healing them. */
class NetworkFaultIT {

    private static final List<String> BOTH_REGIONS = List.of("shanghai", "zhejiang");
    private static final Duration RAFT_ELECTION = Duration.ofSeconds(60);
    private static final Duration CATCH_UP = Duration.ofSeconds(90);

    private static FabricNetwork network;

    @BeforeAll
    static void startNetwork() {
        network = FabricNetwork.shared();
    }

    @AfterEach
    void heal() {
        network.up();
    }

    @Test
    void killing_the_raft_leader_leaves_the_channel_writable_and_up_brings_it_back_caught_up() {
        String leader = network.raftLeader();

        network.kill("orderer", leader);

        // A new leader takes one election; until then writes are refused, so the first may need retrying.
        assertThat(FabricNetwork.await(RAFT_ELECTION, () -> registerFreshDepartment().output()
                .contains("committed with status (VALID)"))).as("a write commits through the two orderers left").isTrue();
        long written = height("peer", "shanghai");
        assertThat(network.process("orderer", leader).up()).isFalse();

        network.up();

        assertThat(network.process("orderer", leader).up()).isTrue();
        assertThat(FabricNetwork.await(CATCH_UP, () -> height("orderer", leader) >= written))
                .as("the restarted orderer catches up to height %d", written).isTrue();
    }

    @Test
    void a_killed_peer_pauses_writes_and_comes_back_caught_up_with_writes_resuming() {
        network.kill("peer", "zhejiang");

        assertThat(registerFreshDepartment().succeeded())
                .as("every write needs Zhejiang's endorsement while there are two regions").isFalse();
        // Blocks go on being cut without Zhejiang: a write endorsed by Shanghai alone is ordered and committed
        // as invalid, so the restarted peer has blocks to catch up on.
        String uscc = TestDepartments.freshShanghaiCode();
        assertThat(network.admin("shanghai").invoke(List.of("shanghai"), "registerDepartment",
                TestDepartments.request(uscc, "While Zhejiang is down")).output()).contains("ENDORSEMENT_POLICY_FAILURE");
        long missed = height("peer", "shanghai");

        network.up();

        assertThat(FabricNetwork.await(CATCH_UP, () -> height("peer", "zhejiang") >= missed))
                .as("Zhejiang's peer catches up to height %d", missed).isTrue();
        assertThat(registerFreshDepartment().output()).contains("committed with status (VALID)");
    }

    private static CommandResult registerFreshDepartment() {
        String uscc = TestDepartments.freshShanghaiCode();
        return network.admin("shanghai").invoke(BOTH_REGIONS, "registerDepartment", TestDepartments.request(uscc, "Fault test"));
    }

    private static long height(String kind, String name) {
        return network.process(kind, name).height().orElse(-1);
    }
}
