package io.zhengku.ledger.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.ledger.BatcherSettings;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.fabric.FabricConnection;
import io.zhengku.ledger.fabric.FabricGateway;
import io.zhengku.ledger.fabric.FabricLedger;
import io.zhengku.signing.key.Pkcs12Keystore;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.signing.pki.DevPki;
import io.zhengku.signing.pki.PasswordFile;
import io.zhengku.testkit.Checkout;
import io.zhengku.testkit.fabric.FabricNetwork;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code zhengku-ledger.jar anchor} and {@code find} as {@code ./zk ledger} runs them, on the real network:
 * Shanghai's first demo department anchors files with a seal of a fresh development PKI, Zhejiang's peer finds
 * them. The jar is the shaded one {@code mvn package} made.
 */
class LedgerJarIT {

    private static final Path JAR = Checkout.root().resolve("ledger-client/target/zhengku-ledger.jar");
    private static final Pattern ANCHORED = Pattern.compile(
            "anchored ([0-9a-f]{64}) tx=([0-9a-f]+) block=(\\d+) batch=(\\S+) file=(.+)");
    private static final Duration CATCH_UP = Duration.ofSeconds(90);
    /** As the vault's DemoDepartments registers it, so that a vault started later finds nothing to change. */
    private static final List<String> DEMO_DEPARTMENT_TYPES = List.of("11100000000013338W011",
            "11100000000013338W012", AnchorCommand.DEFAULT_TYPE, "11100000000013338M002");

    @TempDir
    static Path dir;

    private static FabricNetwork network;
    private static Path pki;

    @BeforeAll
    static void registerTheSealOfAFreshPki() throws Exception {
        network = FabricNetwork.shared();
        pki = dir.resolve("pki");
        DevPki.initialise(pki, Clock.systemUTC());
        SealCredential seal = Pkcs12Keystore.load(DevPki.sealKeystore(pki, DevPki.DEMO_DEPARTMENT,
                SealAlgorithm.SM2_SM3), PasswordFile.read(pki.resolve(DevPki.PASSWORD_FILE)));
        String uscc = DevPki.DEMO_DEPARTMENT.creditCode().code();
        try (FabricGateway admin = FabricGateway.connect(connection("shanghai"), FabricGateway.Signer.ADMIN)) {
            if (admin.evaluate(RegisteredDepartment::parse, "findDepartment", uscc).isEmpty()) {
                admin.submit("registerDepartment", CanonicalJson.encodeToString(Map.of(
                        "uscc", uscc, "name", DevPki.DEMO_DEPARTMENT.name(), "typeCodes", DEMO_DEPARTMENT_TYPES)))
                        .awaitValid();
            }
            admin.submit("registerSeal", uscc, Certificates.toPem(seal.certificate())).awaitValid();
        }
    }

    /** Restarts the killed orderer and waits until every orderer holds the channel again, for the next tests. */
    private static void heal() {
        network.up();
        long height = network.process("peer", "shanghai").height().orElseThrow();
        for (String orderer : List.of("orderer1", "orderer2", "orderer3")) {
            FabricNetwork.await(CATCH_UP, () -> network.process("orderer", orderer).height().orElse(-1) >= height);
        }
    }

    @Test
    void five_files_anchored_while_the_raft_leader_is_down_are_all_found_through_zhejiangs_peer() throws Exception {
        List<Path> files = freshFiles(5);
        String leader = network.raftLeader();
        network.kill("orderer", leader);
        Run anchoring;
        try {
            anchoring = jar(argsOf("anchor", "shanghai", files));
            assertThat(network.process("orderer", leader).up()).as("the leader stayed down").isFalse();
        } finally {
            heal();
        }

        assertThat(anchoring.exit()).as(anchoring.err()).isZero();
        List<Matcher> lines = anchoring.out().lines().map(ANCHORED::matcher).filter(Matcher::matches).toList();
        assertThat(lines).extracting(line -> line.group(1)).containsExactlyElementsOf(digests(files));
        assertThat(lines).extracting(line -> line.group(5)).containsExactlyElementsOf(files.stream().map(Path::toString).toList());
        try (FabricLedger zhejiang = FabricLedger.connect(connection("zhejiang"), BatcherSettings.defaults("zj-cli-it"))) {
            for (Matcher line : lines) {
                DocumentRecord record = zhejiang.findByDigest(line.group(1)).orElseThrow();
                assertThat(record.transactionId()).isEqualTo(line.group(2));
                assertThat(record.batchId()).isEqualTo(line.group(4));
                assertThat(record.entry().issuerCode()).isEqualTo(DevPki.DEMO_DEPARTMENT.creditCode().code());
                assertThat(record.status()).isEqualTo(DocumentStatus.ACTIVE);
            }
        }
    }

    @Test
    void find_prints_the_record_as_zhejiangs_peer_holds_it_and_exits_1_for_a_digest_never_anchored() throws Exception {
        List<Path> files = freshFiles(1);
        assertThat(jar(argsOf("anchor", "shanghai", files)).exit()).isZero();
        String sha256 = digests(files).get(0);

        Run found = jar("find", "--connection", connectionFile("zhejiang"), sha256);
        Run absent = jar("find", "--connection", connectionFile("zhejiang"), digests(freshFiles(1)).get(0));

        try (FabricGateway zhejiang = FabricGateway.connect(connection("zhejiang"), FabricGateway.Signer.CLIENT)) {
            assertThat(found.exit()).as(found.err()).isZero();
            assertThat(found.out().strip()).isEqualTo(zhejiang.evaluate("findByDigest", sha256).orElseThrow());
        }
        assertThat(DocumentRecord.parse(found.out().strip()).sha256()).isEqualTo(sha256);
        assertThat(absent.exit()).isEqualTo(LedgerCli.NOT_FOUND);
        assertThat(absent.err()).contains("no document is anchored with SHA-256");
    }

    @Test
    void files_anchored_already_are_reported_with_their_record_and_not_anchored_again() throws Exception {
        List<Path> files = freshFiles(2);
        Run first = jar(argsOf("anchor", "shanghai", files));
        Path copy = Files.write(dir.resolve("copy-of-" + files.get(0).getFileName()), Files.readAllBytes(files.get(0)));

        Run again = jar(argsOf("anchor", "shanghai", List.of(files.get(0), files.get(1), copy)));

        assertThat(again.exit()).as(again.err()).isZero();
        List<String> anchored = first.out().lines().filter(line -> line.startsWith("anchored ")).toList();
        List<String> reported = again.out().lines().filter(line -> line.startsWith("already-anchored ")).toList();
        assertThat(reported).hasSize(3);
        for (int i = 0; i < 2; i++) {
            String tx = anchored.get(i).split(" ")[2];
            String block = anchored.get(i).split(" ")[3];
            assertThat(reported.get(i)).startsWith("already-anchored " + digests(files).get(i) + " " + tx + " " + block)
                    .contains("status=ACTIVE", "issuer=" + DevPki.DEMO_DEPARTMENT.creditCode().code())
                    .endsWith("file=" + files.get(i));
        }
        assertThat(reported.get(2)).startsWith("already-anchored " + digests(files).get(0)).endsWith("file=" + copy);
    }

    @Test
    void a_missing_file_among_good_ones_anchors_none_of_them() throws Exception {
        List<Path> files = new ArrayList<>(freshFiles(2));
        files.add(dir.resolve("never-written.pdf"));

        Run run = jar(argsOf("anchor", "shanghai", files));

        assertThat(run.exit()).isEqualTo(LedgerCli.USAGE);
        assertThat(run.err()).contains("nothing was anchored", "never-written.pdf does not exist");
        try (FabricGateway shanghai = FabricGateway.connect(connection("shanghai"), FabricGateway.Signer.CLIENT)) {
            for (String sha256 : digests(files.subList(0, 2))) {
                assertThat(shanghai.evaluate("findByDigest", sha256)).isEmpty();
            }
        }
    }

    @Test
    void a_folder_that_is_not_a_development_pki_is_refused_naming_what_makes_one() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("not-a-pki"));

        Run run = jar("anchor", "--connection", connectionFile("shanghai"), "--pki", empty.toString(),
                freshFiles(1).get(0).toString());

        assertThat(run.exit()).isEqualTo(LedgerCli.USAGE);
        assertThat(run.err()).contains("is missing", "pki init --out DIR");
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of("java", "-XX:TieredStopAtLevel=1", "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile(dir, "out", ".txt");
        Path err = Files.createTempFile(dir, "err", ".txt");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        process.getOutputStream().close();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not end within 5 minutes");
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String[] argsOf(String command, String region, List<Path> files) {
        List<String> args = new ArrayList<>(List.of(command, "--connection", connectionFile(region),
                "--pki", pki.toString()));
        files.forEach(file -> args.add(file.toString()));
        return args.toArray(String[]::new);
    }

    private static List<Path> freshFiles(int count) throws Exception {
        SecureRandom random = new SecureRandom();
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] content = new byte[1024];
            random.nextBytes(content);
            files.add(Files.write(Files.createTempFile(dir, "material-", ".bin"), content));
        }
        return files;
    }

    private static List<String> digests(List<Path> files) throws Exception {
        List<String> digests = new ArrayList<>();
        for (Path file : files) {
            digests.add(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file))));
        }
        return digests;
    }

    private static String connectionFile(String region) {
        return network.connectionFile(region).toString();
    }

    private static FabricConnection connection(String region) throws Exception {
        return FabricConnection.read(network.connectionFile(region));
    }
}
