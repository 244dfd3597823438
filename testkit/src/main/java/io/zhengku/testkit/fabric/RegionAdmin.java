package io.zhengku.testkit.fabric;

import io.zhengku.core.json.CanonicalJson;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Upstream {@code peer} acting as one region's admin, with the environment {@code network/org-env} prints: how
 * the tests write and read the channel without any client code of ours.
 *
 * <p>{@code network.admin("shanghai").invoke(List.of("shanghai", "zhejiang"), "registerRegion")}
 */
public final class RegionAdmin {

    private final FabricNetwork network;
    private final Map<String, String> environment;

    RegionAdmin(FabricNetwork network, Map<String, String> environment) {
        this.network = network;
        this.environment = environment;
    }

    /** Evaluates a contract function on this region's own peer. */
    public CommandResult query(String function, String... arguments) {
        return peer("chaincode", "query", "-C", FabricNetwork.CHANNEL, "-n", FabricNetwork.CHAINCODE,
                "-c", call(function, arguments));
    }

    /**
     * Submits a contract function endorsed by the peers of {@code endorsers} to the first running orderer,
     * and waits for its commit event; the output names the validation code ({@code committed with status (VALID)}).
     */
    public CommandResult invoke(List<String> endorsers, String function, String... arguments) {
        List<String> command = new ArrayList<>(List.of("chaincode", "invoke", "-o", network.runningOrdererAddress(),
                "--tls", "--cafile", environment.get("ORDERER_CA"), "-C", FabricNetwork.CHANNEL,
                "-n", FabricNetwork.CHAINCODE, "-c", call(function, arguments), "--waitForEvent",
                "--waitForEventTimeout", "30s"));
        for (String region : endorsers) {
            Map<String, String> endorser = network.adminEnvironment(region);
            command.addAll(List.of("--peerAddresses", endorser.get("CORE_PEER_ADDRESS"),
                    "--tlsRootCertFiles", endorser.get("CORE_PEER_TLS_ROOTCERT_FILE")));
        }
        return peer(command.toArray(String[]::new));
    }

    /** Runs {@code peer ARGS} as this admin. */
    public CommandResult peer(String... arguments) {
        List<String> command = new ArrayList<>(List.of(environment.get("PATH").split(":")[0] + "/peer"));
        command.addAll(List.of(arguments));
        return FabricNetwork.run(command, environment);
    }

    private static String call(String function, String... arguments) {
        List<String> args = new ArrayList<>(List.of(function));
        args.addAll(List.of(arguments));
        return CanonicalJson.encodeToString(Map.of("Args", args));
    }
}
