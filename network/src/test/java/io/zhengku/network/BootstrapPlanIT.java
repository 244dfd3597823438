package io.zhengku.network;

import static io.zhengku.testkit.fabric.FabricNetwork.run;
import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.testkit.Checkout;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration network/up makes for the bootstrap these machines cannot run (channel participation of
 * Fabric 2.3 and later: the proxy refuses every such release), checked here with the Fabric tools that do run.
 */
class BootstrapPlanIT {

    private static Path network;
    private static String fabricBin;

    @TempDir
    Path plan;

    @BeforeAll
    static void findFabric() {
        network = Checkout.root().resolve("network");
        fabricBin = run(List.of(network.resolve("build-fabric").toString(), "--print-bin"), Map.of())
                .orFail("network/build-fabric").output().lines().reduce((first, last) -> last).orElseThrow();
    }

    @Test
    void fabric_3_joins_each_orderer_by_osnadmin_over_mutual_tls_and_has_no_system_channel() throws IOException {
        String commands = plan("3.1.5");

        assertThat(commands).startsWith("fabric 3.1.5 bootstrap participation")
                .doesNotContain("channel create", "SystemChannel", "channel update");
        assertThat(commands.lines().filter(line -> line.contains("osnadmin channel join"))).hasSize(3)
                .allSatisfy(line -> assertThat(line).contains("--channelID yangtze-delta", "--client-cert", "--client-key",
                        "Admin@orderer.zhengku.local/tls/client.crt"));
        assertThat(commands).contains("-o 127.0.0.1:7053", "-o 127.0.0.1:8053", "-o 127.0.0.1:9053");
        String orderer = Files.readString(plan.resolve("orderer2.env"));
        assertThat(orderer).contains("ORDERER_GENERAL_BOOTSTRAPMETHOD=none\n", "ORDERER_CHANNELPARTICIPATION_ENABLED=true\n",
                "ORDERER_ADMIN_LISTENADDRESS=127.0.0.1:8053\n", "ORDERER_ADMIN_TLS_CLIENTAUTHREQUIRED=true\n",
                "ORDERER_GENERAL_LISTENPORT=8050\n").doesNotContain("BOOTSTRAPFILE");
    }

    @Test
    void fabric_3_channel_block_carries_v3_capabilities_three_raft_consenters_and_the_anchor_peers() throws IOException {
        plan("3.1.5");

        String block = inspectChannelBlock();

        assertThat(block).contains("\"V3_0\"", "\"V2_5\"", "\"etcdraft\"", "\"ShanghaiMSP\"", "\"ZhejiangMSP\"",
                "\"port\": 7051", "\"port\": 9051").doesNotContain("Consortium");
        assertThat(block.split("\"server_tls_cert\"", -1)).hasSize(4);
    }

    @Test
    void fabric_2_5_keeps_v2_channel_capabilities_with_participation() throws IOException {
        assertThat(plan("2.5.14")).startsWith("fabric 2.5.14 bootstrap participation");
        String configtx = Files.readString(plan.resolve("config/configtx.yaml"));
        assertThat(configtx).contains("Channel: &ChannelCapabilities {V2_0: true}", "Application: &ApplicationCapabilities {V2_5: true}");
    }

    @Test
    void fabric_2_1_boots_from_a_system_channel_and_creates_the_channel() throws IOException {
        String commands = plan("2.1.1");

        assertThat(commands).startsWith("fabric 2.1.1 bootstrap system-channel")
                .contains("-profile SystemChannel", "peer channel create -c yangtze-delta").doesNotContain("osnadmin");
        assertThat(Files.readString(plan.resolve("orderer1.env")))
                .contains("ORDERER_GENERAL_BOOTSTRAPMETHOD=file\n").doesNotContain("CHANNELPARTICIPATION");
    }

    private String plan(String version) {
        return run(List.of(network.resolve("up").toString(), "--plan", plan.toString(), "--fabric-version", version),
                Map.of()).orFail("network/up --plan").output();
    }

    /** Makes crypto material for the plan and the channel's genesis block with the built tools, then decodes it. */
    private String inspectChannelBlock() {
        String bin = fabricBin;
        Map<String, String> config = Map.of("FABRIC_CFG_PATH", plan.resolve("config").toString());
        run(List.of(bin + "/cryptogen", "generate", "--config", plan.resolve("crypto-config.yaml").toString(),
                "--output", plan.resolve("crypto").toString()), Map.of()).orFail("cryptogen");
        Path block = plan.resolve("yangtze-delta.block");
        run(List.of(bin + "/configtxgen", "-profile", "YangtzeDelta", "-channelID", "yangtze-delta", "-outputBlock",
                block.toString()), config).orFail("configtxgen -outputBlock");
        return run(List.of(bin + "/configtxgen", "-inspectBlock", block.toString()), config)
                .orFail("configtxgen -inspectBlock").output();
    }
}
