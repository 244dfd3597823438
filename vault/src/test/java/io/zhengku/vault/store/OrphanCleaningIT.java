package io.zhengku.vault.store;

import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.digest.Digest;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The orphan cleaner on the real PostgreSQL and S3 (S3Proxy): it removes a file no document names and no upload
 * claims, keeps a document's file and a claimed one until its claim is released or lapses, and never deletes the
 * file of an upload of the same bytes as an orphan: such an upload waits for a removal in progress and then
 * writes its file again, through single and through bulk issuance.
 */
@MicronautTest(transactional = false) // claims must commit as the vault's own do, not roll back with the test
class OrphanCleaningIT extends VaultApiTest {

    private static final String GRACE = "2s";

    @Inject
    ObjectStore store;

    @Inject
    ObjectClaims claims;

    @Inject
    OrphanCleaning cleaning;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>(super.getProperties());
        properties.put("zhengku.store.orphan-grace", GRACE);
        return properties;
    }

    @Test
    void a_file_no_document_names_is_removed_and_a_documents_file_is_kept() throws Exception {
        Answer issued = vault.upload("/api/v1/licences", shanghai, "licence.pdf", "application/pdf",
                pdf("orphan test: a document's file"), licenceMetadata("ORPHAN-0001"));
        assertThat(issued.status()).as(issued.body().toString()).isEqualTo(201);
        String documentsFile = ObjectStore.KEY_PREFIX + issued.string("sha256");
        String orphan = storeOrphan(pdf("orphan test: a file left by a crash"));

        OrphanCleaning.Pass pass = cleaning.clean();

        assertThat(pass.removed()).containsExactly(orphan);
        assertThat(store.exists(orphan)).isFalse();
        assertThat(store.exists(documentsFile)).isTrue();
        assertThat(cleaning.clean().removed()).isEmpty();
    }

    @Test
    void a_claimed_file_is_kept_until_its_claim_is_released() throws Exception {
        String orphan = storeOrphan(pdf("orphan test: claimed, then released"));
        try (ClaimSet upload = claims.open()) {
            upload.claim(orphan);

            assertThat(cleaning.clean().kept()).contains(orphan);
            assertThat(store.exists(orphan)).isTrue();
        }
        assertThat(cleaning.clean().removed()).contains(orphan);
        assertThat(store.exists(orphan)).isFalse();
    }

    @Test
    void a_claim_a_crash_left_behind_lapses_after_the_grace_and_is_forgotten() throws Exception {
        String orphan = storeOrphan(pdf("orphan test: claimed by an upload that died"));
        claims.claim(List.of(orphan)); // never released, as by a vault killed between its write and its commit
        assertThat(claimsOn(orphan)).as("claims committed, as another connection sees them").isOne();

        assertThat(cleaning.clean().kept()).contains(orphan);
        Thread.sleep(2_500);
        assertThat(cleaning.clean().removed()).contains(orphan);
        assertThat(store.exists(orphan)).isFalse();
        assertThat(claimsOn(orphan)).isZero();
    }

    @Test
    void a_single_upload_of_an_orphans_bytes_waits_for_its_removal_and_stores_its_file_again() throws Exception {
        byte[] file = pdf("orphan test: the same bytes again, single");
        assertUploadDuringRemovalKeepsItsFile(file, () -> vault.upload("/api/v1/licences", shanghai, "licence.pdf",
                "application/pdf", file, licenceMetadata("ORPHAN-0002")));
    }

    @Test
    void a_bulk_upload_of_an_orphans_bytes_waits_for_its_removal_and_stores_its_file_again() throws Exception {
        byte[] file = pdf("orphan test: the same bytes again, bulk");
        String manifest = "{\"items\":[{\"part\":\"licence\",\"metadata\":" + licenceMetadata("ORPHAN-0003") + "}]}";
        MultipartBody body = MultipartBody.builder().addPart("manifest", manifest)
                .addPart("licence", "licence.pdf", MediaType.of("application/pdf"), file).build();
        assertUploadDuringRemovalKeepsItsFile(file, () -> vault.multipart("/api/v1/licences/bulk", shanghai, body));
    }

    /**
     * Stores {@code file} as an orphan, then, as the cleaner does while removing it, holds the key's exclusive
     * lock: the upload must wait for it. The "removal" then deletes the object and lets go; the upload must write
     * the file again rather than trust that it was already there.
     */
    private void assertUploadDuringRemovalKeepsItsFile(byte[] file, Supplier<Answer> upload) throws Exception {
        String key = storeOrphan(file);
        try (Connection removal = database()) {
            removal.setAutoCommit(false);
            try (PreparedStatement lock = removal.prepareStatement("SELECT pg_advisory_xact_lock(hashtext(?))")) {
                lock.setString(1, key);
                lock.execute();
            }
            CompletableFuture<Answer> answer = CompletableFuture.supplyAsync(upload);
            Thread.sleep(1_000);
            assertThat(answer).as("an upload of the bytes being removed, answered before the removal ended")
                    .isNotDone();
            store.remove(key);
            removal.commit();

            Answer answered = answer.get(30, TimeUnit.SECONDS);
            assertThat(answered.status()).as(answered.body().toString()).isIn(200, 201);
        }
        assertThat(count("SELECT count(*) FROM document WHERE object_key = ?", key)).as("documents issued").isOne();
        assertThat(store.exists(key)).as("the file of the document just issued").isTrue();
        assertThat(claimsOn(key)).as("claims left after the upload").isZero();
        assertThat(cleaning.clean().removed()).doesNotContain(key);
    }

    private String storeOrphan(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("orphan-", ".pdf");
        try {
            Files.write(file, bytes);
            return store.put(file, Digest.sha256Of(bytes), "application/pdf");
        } finally {
            Files.delete(file);
        }
    }

    private long claimsOn(String key) throws SQLException {
        return count("SELECT count(*) FROM object_claim WHERE object_key = ?", key);
    }

    private long count(String sql, String key) throws SQLException {
        try (Connection connection = database(); PreparedStatement count = connection.prepareStatement(sql)) {
            count.setString(1, key);
            try (ResultSet rows = count.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }
}
