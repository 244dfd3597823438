package io.zhengku.network;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.testkit.fabric.CommandResult;
import io.zhengku.testkit.fabric.FabricNetwork;
import io.zhengku.testkit.fabric.TestDepartments;
import io.zhengku.testkit.fabric.NetworkProcess;
import io.zhengku.testkit.fabric.RegionAdmin;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The running network as a region's admin sees it with upstream {@code peer}, and its endorsement policies. */
class NetworkIT {

    private static final List<String> BOTH_REGIONS = List.of("shanghai", "zhejiang");
    private static final String VALID = "committed with status (VALID)";
    private static final String POLICY_FAILURE = "committed with status (ENDORSEMENT_POLICY_FAILURE)";

    private static FabricNetwork network;

    @BeforeAll
    static void startNetwork() {
        network = FabricNetwork.shared();
    }

    @Test
    void three_orderers_two_peers_and_two_chaincode_servers_are_up_at_one_height() {
        List<NetworkProcess> processes = network.status();

        assertThat(processes).allMatch(NetworkProcess::up);
        assertThat(processes).extracting(NetworkProcess::kind)
                .containsExactly("orderer", "orderer", "orderer", "peer", "peer", "chaincode", "chaincode");
        assertThat(processes).filteredOn(process -> !process.kind().equals("chaincode"))
                .allSatisfy(process -> assertThat(process.height().orElse(0)).isPositive());
    }

    @Test
    void zhejiangs_admin_sees_the_committed_contract_and_both_regions() {
        RegionAdmin zhejiang = network.admin("zhejiang");

        assertThat(zhejiang.peer("lifecycle", "chaincode", "querycommitted", "-C", FabricNetwork.CHANNEL)
                .orFail("querycommitted").output()).contains("Name: zhengku, Version: 1.0, Sequence: 1");
        assertThat(zhejiang.query("listRegions").orFail("listRegions").output())
                .contains("\"msp\":\"ShanghaiMSP\"", "\"msp\":\"ZhejiangMSP\"");
    }

    @Test
    void a_write_endorsed_by_shanghai_alone_is_refused_by_validation() {
        RegionAdmin shanghai = network.admin("shanghai");
        String uscc = TestDepartments.freshShanghaiCode();

        CommandResult alone = shanghai.invoke(List.of("shanghai"), "registerDepartment", TestDepartments.request(uscc, "Alone"));

        assertThat(alone.output()).contains(POLICY_FAILURE);
        assertThat(alone.succeeded()).isFalse();
        assertThat(network.admin("zhejiang").query("findDepartment", uscc).succeeded()).isFalse();
        assertThat(shanghai.invoke(BOTH_REGIONS, "registerDepartment", TestDepartments.request(uscc, "Both")).output())
                .contains(VALID);
        assertThat(network.admin("zhejiang").query("findDepartment", uscc).orFail("findDepartment").output())
                .contains("\"name\":\"Both\"", "\"msp\":\"ShanghaiMSP\"");
    }

    @Test
    void a_change_endorsed_by_its_owner_alone_is_refused_by_the_key_level_policy() {
        RegionAdmin shanghai = network.admin("shanghai");
        String uscc = TestDepartments.freshShanghaiCode();
        shanghai.invoke(BOTH_REGIONS, "registerDepartment", TestDepartments.request(uscc, "Before")).orFail("register");

        CommandResult alone = shanghai.invoke(List.of("shanghai"), "updateDepartment", TestDepartments.request(uscc, "After"));

        assertThat(alone.output()).contains(POLICY_FAILURE);
        assertThat(shanghai.query("findDepartment", uscc).orFail("findDepartment").output()).contains("\"name\":\"Before\"");
    }

    @Test
    void another_regions_admin_cannot_change_a_department_even_with_every_endorsement() {
        String uscc = TestDepartments.freshShanghaiCode();
        network.admin("shanghai").invoke(BOTH_REGIONS, "registerDepartment", TestDepartments.request(uscc, "Shanghai's"))
                .orFail("register");

        CommandResult foreign = network.admin("zhejiang")
                .invoke(BOTH_REGIONS, "updateDepartment", TestDepartments.request(uscc, "Zhejiang's"));

        assertThat(foreign.succeeded()).isFalse();
        assertThat(foreign.output()).contains("FOREIGN_REGION");
        assertThat(network.admin("zhejiang").query("findDepartment", uscc).orFail("findDepartment").output())
                .contains("\"name\":\"Shanghai's\"");
    }

    @Test
    void a_regions_admin_cannot_register_a_department_of_another_provinces_division() {
        String ningbo = TestDepartments.freshCode("330201");

        CommandResult foreign = network.admin("shanghai")
                .invoke(BOTH_REGIONS, "registerDepartment", TestDepartments.request(ningbo, "A Ningbo bureau"));

        assertThat(foreign.succeeded()).isFalse();
        assertThat(foreign.output()).contains("FOREIGN_REGION");
        assertThat(network.admin("zhejiang").query("findDepartment", ningbo).succeeded()).isFalse();
    }
}
