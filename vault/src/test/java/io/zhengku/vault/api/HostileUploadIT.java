package io.zhengku.vault.api;

import static io.zhengku.vault.testing.Fixtures.SHANGHAI_HEALTH;
import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.materialMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.store.ObjectStore;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.action.PDActionJavaScript;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and mistaken uploads, over HTTP on real PostgreSQL and S3: each gets a 4xx with its problem code and
 * leaves no object, no document row and no outbox entry behind.
 */
@MicronautTest
class HostileUploadIT extends VaultApiTest {

    /** Small enough to test "one byte over" quickly. */
    static final int MAX_BYTES = 256 * 1024;
    /** The holder name of {@link io.zhengku.vault.testing.Fixtures#licenceMetadata}. */
    static final String HOLDER_NAME = "上海某某科技有限公司";
    static final String RIGHT_TO_LEFT_OVERRIDE = String.valueOf((char) 0x202E);

    @Inject
    DataSource dataSource;

    @Inject
    ObjectStore store;


    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("zhengku.upload.max-bytes", String.valueOf(MAX_BYTES));
        return properties;
    }

    @AfterEach
    void nothing_was_kept() throws Exception {
        assertThat(count("SELECT count(*) FROM document")).isZero();
        assertThat(count("SELECT count(*) FROM anchor_outbox")).isZero();
        assertThat(store.keys()).isEmpty();
    }

    static Stream<Arguments> hostileFiles() {
        byte[] pdf = pdf("hostile");
        byte[] elf = new byte[4096];
        elf[0] = 0x7f;
        elf[1] = 'E';
        elf[2] = 'L';
        elf[3] = 'F';
        byte[] oversized = new byte[MAX_BYTES + 1];
        byte[] header = pdf("big");
        System.arraycopy(header, 0, oversized, 0, header.length);
        return Stream.of(
                Arguments.of("a PDF declared as PNG", "licence.png", "image/png", pdf, 415, "type-mismatch"),
                Arguments.of("an executable renamed .pdf", "licence.pdf", "application/pdf", elf, 415,
                        "type-not-allowed"),
                Arguments.of("an empty file", "licence.pdf", "application/pdf", new byte[0], 422, "file-empty"),
                Arguments.of("a truncated PDF", "licence.pdf", "application/pdf",
                        Arrays.copyOf(pdf, pdf.length / 2), 422, "file-malformed"),
                Arguments.of("a file one byte over the limit", "licence.pdf", "application/pdf", oversized, 413,
                        "file-too-large"),
                Arguments.of("an OFD hiding a decompression bomb", "licence.ofd", "application/ofd", ofd("Doc_0/Res/zeros.bin", 64), 422,
                        "archive-bomb"),
                Arguments.of("an OFD with a path-escaping entry", "licence.ofd", "application/ofd",
                        ofd("../../etc/cron.d/evil", 0), 422, "archive-path-escape"),
                Arguments.of("a PDF that runs JavaScript when opened", "licence.pdf", "application/pdf",
                        scriptOnOpening(pdf("hostile script")), 422, "file-active-content"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostileFiles")
    void a_hostile_file_is_refused_with_its_code(String what, String name, String type, byte[] file, int status,
                                                 String code) {
        Answer answer = vault.upload("/api/v1/licences", shanghai, name, type, file, licenceMetadata("H-1"));

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
        assertThat(answer.string("detail")).isNotBlank();
    }

    static Stream<Arguments> badRequests() {
        return Stream.of(
                Arguments.of("metadata that is not JSON", "{not json", 422, "metadata-invalid"),
                Arguments.of("an unknown metadata field", licenceMetadata("H-2").replace("{\"typeCode\"",
                        "{\"colour\":\"red\",\"typeCode\""), 422, "metadata-invalid"),
                Arguments.of("a date that does not exist", licenceMetadata("H-3").replace("2026-01-01", "2026-02-30"),
                        422, "metadata-invalid"),
                Arguments.of("a holder code with a wrong check character",
                        licenceMetadata("H-4").replace("91310101MA1FPX121X", "91310101MA1FPX121Y"), 422,
                        "holder-code-invalid"),
                Arguments.of("a type code the department is not registered for",
                        licenceMetadata("11100000000013338W021", "H-5", "91310101MA1FPX121X", "001"), 403,
                        "type-not-registered"),
                Arguments.of("a malformed type code", licenceMetadata("W011", "H-6", "91310101MA1FPX121X", "001"),
                        422, "metadata-invalid"),
                Arguments.of("a holder name with NUL", licenceMetadata("H-11").replace(HOLDER_NAME,
                        "上海某某\\u0000科技有限公司"), 422, "metadata-invalid"),
                Arguments.of("a holder name with a right-to-left override", licenceMetadata("H-12").replace(HOLDER_NAME,
                        "上海某某" + RIGHT_TO_LEFT_OVERRIDE + "司公限有技科"), 422, "metadata-invalid"),
                Arguments.of("a holder name with markup", licenceMetadata("H-13").replace(HOLDER_NAME,
                        "<script>alert(1)</script>"), 422, "metadata-invalid"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badRequests")
    void bad_metadata_is_refused_with_its_code(String what, String metadata, int status, String code) {
        Answer answer = vault.upload("/api/v1/licences", shanghai, "licence.pdf", "application/pdf",
                pdf("metadata " + what), metadata);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(status);
        assertThat(answer.code()).isEqualTo(code);
    }

    @Test
    void a_material_with_active_content_is_refused_like_a_licence() {
        Answer answer = vault.upload("/api/v1/materials", shanghai, "lease.pdf", "application/pdf",
                scriptOnOpening(pdf("hostile material")), materialMetadata());

        assertThat(answer.status()).isEqualTo(422);
        assertThat(answer.code()).isEqualTo("file-active-content");
        assertThat(answer.string("detail")).contains("JavaScript");
    }

    @Test
    void in_a_bulk_request_a_licence_with_active_content_and_one_with_an_override_are_each_refused() {
        String overridden = licenceMetadata("H-15").replace(HOLDER_NAME, RIGHT_TO_LEFT_OVERRIDE + HOLDER_NAME);
        String manifest = "{\"items\":[{\"part\":\"script\",\"metadata\":" + licenceMetadata("H-14") + "},"
                + "{\"part\":\"override\",\"metadata\":" + overridden + "}]}";
        MultipartBody body = MultipartBody.builder().addPart("manifest", manifest)
                .addPart("script", "script.pdf", MediaType.APPLICATION_PDF_TYPE, scriptOnOpening(pdf("bulk script")))
                .addPart("override", "override.pdf", MediaType.APPLICATION_PDF_TYPE, pdf("bulk override")).build();

        Answer answer = vault.multipart("/api/v1/licences/bulk", shanghai, body);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        List<String> codes = ((List<?>) answer.body().get("items")).stream()
                .map(item -> (String) ((Map<?, ?>) ((Map<?, ?>) item).get("problem")).get("code")).toList();
        assertThat(codes).containsExactly("file-active-content", "metadata-invalid");
    }

    @Test
    void a_department_cannot_issue_a_type_only_another_department_is_registered_for() {
        Answer answer = vault.upload("/api/v1/licences", tokens.mint(Role.DEPARTMENT, SHANGHAI_HEALTH, "shanghai"),
                "licence.pdf", "application/pdf", pdf("business"), licenceMetadata("H-8"));

        assertThat(answer.status()).isEqualTo(403);
        assertThat(answer.code()).isEqualTo("type-not-registered");
        assertThat(answer.string("detail")).contains("11100000000013338W021");
    }

    @Test
    void a_holder_cannot_issue_and_nobody_issues_without_a_token() {
        Answer holder = vault.upload("/api/v1/licences", tokens.mint(Role.HOLDER, "91310101MA1FPX121X", "shanghai"),
                "licence.pdf", "application/pdf", pdf("holder"), licenceMetadata("H-9"));
        Answer anonymous = vault.upload("/api/v1/licences", null, "licence.pdf", "application/pdf", pdf("anon"),
                licenceMetadata("H-10"));

        assertThat(holder.status()).isEqualTo(403);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.code()).isEqualTo("unauthenticated");
    }

    /** {@code pdf} with an /OpenAction that runs JavaScript, as the one the issue found accepted and sealed. */
    private static byte[] scriptOnOpening(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.getDocumentCatalog().setOpenAction(new PDActionJavaScript("app.alert('opened');"));
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An OFD package: a minimal OFD.xml and one more entry of the given name and size in zeros. */
    private static byte[] ofd(String extraEntry, int extraMebibytes) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry("OFD.xml"));
            zip.write("<?xml version=\"1.0\"?><ofd:OFD xmlns:ofd=\"http://www.ofdspec.org/2016\" Version=\"1.0\"/>"
                    .getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry(extraEntry));
            byte[] zeros = new byte[1 << 20];
            for (int i = 0; i < extraMebibytes; i++) {
                zip.write(zeros);
            }
            zip.write('x');
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private long count(String sql) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getLong(1) : 0;
        }
    }
}
