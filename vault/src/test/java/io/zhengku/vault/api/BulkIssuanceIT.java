package io.zhengku.vault.api;

import static io.zhengku.vault.testing.Fixtures.HOLDER_BUSINESS;
import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.demo.BulkIssueCommand;
import io.zhengku.core.digest.Digest;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.store.ObjectStore;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bulk issuance through Shanghai's vault's HTTP API, on real PostgreSQL, S3 (S3Proxy) and the real channel:
 * a mixed request answers each item on its own (201s and the refusals single issuance gives), refused items
 * leave no row, no outbox entry and no object, accepted ones are stored and anchored; and the refusals of a
 * whole request. Chunks of 3 (and at most 8 items), so that one request spans several chunk transactions.
 */
@MicronautTest
class BulkIssuanceIT extends VaultApiTest {

    private static final String BULK = "/api/v1/licences/bulk";
    private static final int MAX_ITEMS = 8;
    private static final Path UPLOADS = uploads();

    @Inject
    DataSource dataSource;

    @Inject
    ObjectStore store;

    @Inject
    EmbeddedServer server;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new LinkedHashMap<>(super.getProperties());
        properties.put("zhengku.bulk.chunk-size", "3");
        properties.put("zhengku.bulk.max-items", String.valueOf(MAX_ITEMS));
        properties.put("zhengku.upload.temp-dir", UPLOADS.toString());
        return properties;
    }

    /** One licence of a request: its part name, its metadata and its file. */
    private record Licence(String part, String metadata, byte[] file) {
    }

    private static String manifest(List<Licence> licences) {
        return licences.stream().map(l -> "{\"part\":\"" + l.part() + "\",\"metadata\":" + l.metadata() + "}")
                .reduce((a, b) -> a + "," + b).map(items -> "{\"items\":[" + items + "]}").orElse("{\"items\":[]}");
    }

    private Answer bulk(String token, String manifest, List<Licence> files) {
        MultipartBody.Builder body = MultipartBody.builder().addPart("manifest", manifest);
        files.forEach(l -> body.addPart(l.part(), l.part() + ".pdf", MediaType.of("application/pdf"), l.file()));
        return vault.multipart(BULK, token, body.build());
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> items(Answer answer) {
        return (List<Map<String, Object>>) answer.body().get("items");
    }

    @SuppressWarnings("unchecked")
    private static String codeOf(Map<String, Object> item) {
        return (String) ((Map<String, Object>) item.get("problem")).get("code");
    }

    @SuppressWarnings("unchecked")
    private static String idOf(Map<String, Object> item) {
        return (String) ((Map<String, Object>) item.get("licence")).get("id");
    }

    @Test
    void a_mixed_request_issues_the_good_items_and_refuses_each_bad_one_with_its_own_code() throws Exception {
        byte[] issuedBefore = pdf("bulk: issued singly before");
        String single = vault.upload("/api/v1/licences", shanghai, "licence.pdf", "application/pdf", issuedBefore,
                licenceMetadata("BULK-TAKEN")).string("id");
        byte[] whole = pdf("bulk: truncated");
        byte[] truncated = Arrays.copyOf(whole, whole.length / 2);
        byte[] unregistered = pdf("bulk: of a type not registered");
        List<Licence> licences = List.of(
                new Licence("good-1", licenceMetadata("BULK-1"), pdf("bulk: good 1")),
                new Licence("taken", licenceMetadata("BULK-TAKEN"), pdf("bulk: number taken")),
                new Licence("good-2", licenceMetadata("BULK-2"), pdf("bulk: good 2")),
                new Licence("same-file", licenceMetadata("BULK-SAME-FILE"), issuedBefore),
                new Licence("unregistered", licenceMetadata("11100000000013338W021", "BULK-W021", HOLDER_BUSINESS,
                        "001"), unregistered),
                new Licence("truncated", licenceMetadata("BULK-TRUNCATED"), truncated),
                new Licence("twice", licenceMetadata("BULK-1"), pdf("bulk: number given twice")),
                new Licence("good-3", licenceMetadata("BULK-3"), pdf("bulk: good 3")));
        String singleIssuedAt = vault.get("/api/v1/licences/" + single, shanghai).string("createdAt");

        Answer answer = bulk(shanghai, manifest(licences), licences);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("total", 8).containsEntry("issued", 3).containsEntry("refused", 5);
        List<Map<String, Object>> items = items(answer);
        assertThat(items).extracting(i -> i.get("part")).containsExactly("good-1", "taken", "good-2", "same-file",
                "unregistered", "truncated", "twice", "good-3");
        assertThat(items).extracting(i -> i.get("status")).containsExactly(201, 409, 201, 409, 403, 422, 409, 201);
        assertThat(Stream.of(1, 3, 4, 5, 6).map(i -> codeOf(items.get(i)))).containsExactly("licence-number-taken",
                "document-exists", "type-not-registered", "file-malformed", "licence-number-taken");
        assertThat((String) ((Map<?, ?>) items.get(1).get("problem")).get("detail")).contains(single);

        List<String> issued = Stream.of(0, 2, 7).map(i -> idOf(items.get(i))).toList();
        for (int i : List.of(0, 2, 7)) {
            String id = idOf(items.get(i));
            assertThat(vault.bytes("/api/v1/licences/" + id + "/file", shanghai).body())
                    .isEqualTo(licences.get(i).file());
            assertThat(vault.bytes("/api/v1/licences/" + id + "/seal", shanghai).body()).isNotEmpty();
        }
        for (String number : List.of("BULK-SAME-FILE", "BULK-W021", "BULK-TRUNCATED")) {
            assertThat(count("SELECT count(*) FROM document WHERE number = '" + number + "'")).as(number).isZero();
        }
        assertThat(count("SELECT count(*) FROM document WHERE number IN ('BULK-TAKEN', 'BULK-1')")).isEqualTo(2);
        assertThat(store.exists(ObjectStore.keyOf(Digest.sha256Of(truncated)))).isFalse();
        assertThat(store.exists(ObjectStore.keyOf(Digest.sha256Of(unregistered)))).isFalse();
        assertThat(store.exists(ObjectStore.keyOf(Digest.sha256Of(licences.get(1).file())))).isFalse();
        assertThat(store.exists(ObjectStore.keyOf(Digest.sha256Of(licences.get(6).file())))).isFalse();
        assertThat(count("SELECT count(*) FROM document WHERE created_at > '" + singleIssuedAt + "'"))
                .isEqualTo(3);
        assertThat(count("SELECT count(*) FROM anchor_outbox WHERE created_at > '" + singleIssuedAt + "'"
                + " AND document_id NOT IN ('" + String.join("', '", issued) + "')")).isZero();
        assertThat(count("SELECT count(*) FROM anchor_outbox o"
                + " WHERE NOT EXISTS (SELECT 1 FROM document d WHERE d.id = o.document_id)")).isZero();
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'licence.issue' AND outcome = 'ok'"
                + " AND target IN ('" + String.join("', '", issued) + "')")).isEqualTo(3);
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'licence.issue'"
                + " AND outcome = 'file-malformed'")).isEqualTo(1);
        assertThat(uploadsLeft()).isEmpty();
        for (String id : issued) {
            assertThat(awaitAnchored(id)).containsEntry("anchorStatus", "ANCHORED");
        }
    }

    @Test
    void the_folder_client_issues_a_folder_in_chunks_and_names_each_refused_file(@TempDir Path folder)
            throws Exception {
        for (int i = 1; i <= 4; i++) {
            Files.write(folder.resolve("licence-" + i + ".pdf"), pdf("bulk: folder " + i));
            Files.writeString(folder.resolve("licence-" + i + ".json"), licenceMetadata("BULK-DIR-" + i));
        }
        Files.writeString(folder.resolve("licence-4.json"), licenceMetadata("BULK-DIR-1"));
        Files.write(folder.resolve("no-sidecar.pdf"), pdf("bulk: folder without metadata"));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = BulkIssueCommand.issue(server.getURL().toURI(), shanghai, folder, 2,
                new PrintStream(printed, true, StandardCharsets.UTF_8));

        String output = printed.toString(StandardCharsets.UTF_8);
        assertThat(exit).as(output).isEqualTo(1);
        assertThat(output).contains("refused: licence-4.pdf: 409 licence-number-taken",
                "refused: no-sidecar.pdf: no metadata", "progress: 2/5 done", "progress: 5/5 done, 2 refused",
                "issue: 3 issued, 2 refused of 5");
        assertThat(count("SELECT count(*) FROM document WHERE number LIKE 'BULK-DIR-%'")).isEqualTo(3);
    }

    @Test
    void a_manifest_that_is_not_json_refuses_the_whole_request() throws Exception {
        Licence licence = new Licence("one", licenceMetadata("BULK-NOT-JSON"), pdf("bulk: manifest not JSON"));

        Answer answer = bulk(shanghai, "{\"items\":[", List.of(licence));

        assertRefusedWholly(answer, 422, "bulk-manifest-invalid", "BULK-NOT-JSON");
        assertThat(store.exists(ObjectStore.keyOf(Digest.sha256Of(licence.file())))).isFalse();
    }

    @Test
    void a_manifest_naming_a_part_the_request_lacks_refuses_the_whole_request() throws Exception {
        Licence sent = new Licence("sent", licenceMetadata("BULK-SENT"), pdf("bulk: sent"));
        Licence absent = new Licence("absent", licenceMetadata("BULK-ABSENT"), pdf("bulk: absent"));

        Answer answer = bulk(shanghai, manifest(List.of(sent, absent)), List.of(sent));

        assertRefusedWholly(answer, 422, "bulk-part-missing", "BULK-SENT");
        assertThat(answer.string("field")).isEqualTo("absent");
    }

    @Test
    void more_items_than_the_limit_refuse_the_whole_request() throws Exception {
        List<Licence> licences = new ArrayList<>();
        for (int i = 0; i <= MAX_ITEMS; i++) {
            licences.add(new Licence("many-" + i, licenceMetadata("BULK-MANY-" + i), pdf("bulk: many " + i)));
        }

        Answer answer = bulk(shanghai, manifest(licences), licences);

        assertRefusedWholly(answer, 413, "bulk-too-many-items", "BULK-MANY-0");
        assertThat(answer.string("detail")).contains(String.valueOf(MAX_ITEMS));
    }

    @Test
    void a_caller_that_is_no_department_is_refused_before_anything_is_read() throws Exception {
        Licence licence = new Licence("holder", licenceMetadata("BULK-HOLDER"), pdf("bulk: by a holder"));

        Answer answer = bulk(tokens.mint(Role.HOLDER, HOLDER_BUSINESS, "shanghai"), manifest(List.of(licence)),
                List.of(licence));

        assertRefusedWholly(answer, 403, "forbidden", "BULK-HOLDER");
    }

    private void assertRefusedWholly(Answer answer, int status, String code, String number) throws Exception {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.body()).doesNotContainKey("items");
        assertThat(count("SELECT count(*) FROM document WHERE number = '" + number + "'")).isZero();
        assertThat(count("SELECT count(*) FROM audit_event WHERE action = 'licence.bulk' AND outcome = '"
                + code + "'")).isPositive();
        assertThat(uploadsLeft()).isEmpty();
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }

    /** Files in the vault's upload folder, which is one folder down, its process's own. */
    private static List<Path> uploadsLeft() throws IOException {
        try (Stream<Path> files = Files.walk(UPLOADS)) {
            return files.filter(Files::isRegularFile).toList();
        }
    }

    private static Path uploads() {
        try {
            return Files.createDirectories(Path.of("target", "bulk-uploads").toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
