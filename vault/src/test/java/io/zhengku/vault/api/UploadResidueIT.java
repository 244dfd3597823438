package io.zhengku.vault.api;

import static io.zhengku.testkit.FileResidue.filesIn;
import static io.zhengku.vault.testing.Fixtures.IDENTITY_MATERIAL;
import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.materialMetadata;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.testkit.FileResidue;
import io.zhengku.testkit.fabric.FabricNetwork;
import io.zhengku.vault.intake.UploadSpool;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * No upload leaves a copy outside the object store: uploads over the server's 1 MiB spooling threshold —
 * accepted, refused for their type, refused for their metadata before the file was read, refused without a
 * token, in bulk, and a client that hangs up halfway — leave nothing in the vault's upload folder and no file
 * holding their bytes in the system temporary folder. The files carry {@link #MARKER} in clear, which the log
 * scan of {@code ./zk test} also looks for.
 */
@MicronautTest
class UploadResidueIT extends VaultApiTest {

    /** In clear in every file this test uploads; listed in testkit's private-test-values.txt. */
    static final String MARKER = "ZK-PRIVATE-FILE-CONTENT-7F3A";
    private static final Path PARENT = Path.of("target", "upload-residue").toAbsolutePath();
    private static final Path SYSTEM_TEMP = Path.of(System.getProperty("java.io.tmpdir"));
    private static final int OVER_THRESHOLD = 3 * 1024 * 1024 / 2;
    /** How long the server may take to release a request's parts after it answered or saw the client go. */
    private static final Duration SETTLE = Duration.ofSeconds(10);

    @Inject
    UploadSpool spool;

    @Inject
    EmbeddedServer server;

    private FileResidue systemTemp;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = super.getProperties();
        properties.put("zhengku.upload.temp-dir", PARENT.toString());
        return properties;
    }

    @BeforeAll
    void listTheSystemTemporaryFolder() {
        systemTemp = FileResidue.since(SYSTEM_TEMP);
    }

    @AfterEach
    void no_copy_of_the_upload_is_left() {
        assertThat(FabricNetwork.await(SETTLE, () -> filesIn(spool.dir()).isEmpty()))
                .as("files left in the upload folder: %s", filesIn(spool.dir())).isTrue();
        assertThat(systemTemp.holding(MARKER)).as("new files in %s holding an uploaded file's bytes", SYSTEM_TEMP)
                .isEmpty();
    }

    @Test
    void the_upload_folder_is_the_vaults_own_and_readable_by_its_user_only() throws IOException {
        assertThat(spool.dir()).startsWith(PARENT).isDirectory();
        assertThat(spool.dir().getFileName().toString())
                .isEqualTo("zhengku-vault-uploads-" + ProcessHandle.current().pid());
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spool.dir()))).isEqualTo("rwx------");
    }

    @Test
    void an_accepted_licence_over_the_threshold_leaves_no_copy() {
        Answer answer = vault.upload("/api/v1/licences", shanghai, "licence.pdf", "application/pdf",
                bigPdf("accepted licence"), licenceMetadata("RESIDUE-ACCEPTED"));

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
    }

    @Test
    void an_accepted_material_over_the_threshold_leaves_no_copy() {
        Answer answer = vault.upload("/api/v1/materials", shanghai, "contract.pdf", "application/pdf",
                bigPdf("accepted material"), materialMetadata());

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        assertThat(answer.string("typeCode")).isEqualTo(IDENTITY_MATERIAL);
    }

    @Test
    void a_file_refused_for_its_type_leaves_no_copy() {
        Answer answer = vault.upload("/api/v1/licences", shanghai, "licence.pdf", "application/pdf",
                notAPdf(), licenceMetadata("RESIDUE-BAD-TYPE"));

        assertThat(answer.status()).isEqualTo(415);
    }

    @Test
    void a_file_whose_metadata_is_refused_before_it_is_read_leaves_no_copy() {
        Answer answer = vault.upload("/api/v1/licences", shanghai, "licence.pdf", "application/pdf",
                bigPdf("bad metadata"), "{\"typeCode\": not json");

        assertThat(answer.status()).isBetween(400, 499);
    }

    @Test
    void an_upload_without_a_token_leaves_no_copy() {
        Answer answer = vault.upload("/api/v1/licences", null, "licence.pdf", "application/pdf",
                bigPdf("no token"), licenceMetadata("RESIDUE-NO-TOKEN"));

        assertThat(answer.status()).isEqualTo(401);
    }

    @Test
    void a_bulk_request_with_an_accepted_and_a_refused_file_leaves_no_copy() {
        String manifest = "{\"items\":[{\"part\":\"good\",\"metadata\":" + licenceMetadata("RESIDUE-BULK-1")
                + "},{\"part\":\"bad\",\"metadata\":" + licenceMetadata("RESIDUE-BULK-2") + "}]}";
        MultipartBody body = MultipartBody.builder().addPart("manifest", manifest)
                .addPart("good", "good.pdf", MediaType.of("application/pdf"), bigPdf("bulk accepted"))
                .addPart("bad", "bad.pdf", MediaType.of("application/pdf"), notAPdf()).build();

        Answer answer = vault.multipart("/api/v1/licences/bulk", shanghai, body);

        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(200);
        assertThat(answer.body()).containsEntry("issued", 1).containsEntry("refused", 1);
    }

    @Test
    void a_client_that_hangs_up_halfway_leaves_no_copy_once_the_server_saw_it_go() throws Exception {
        String boundary = "residue" + System.nanoTime();
        byte[] part = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"l.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.US_ASCII);
        byte[] half = bigPdf("hung up");
        try (Socket socket = new Socket(server.getHost(), server.getPort())) {
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/licences HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + shanghai
                    + "\r\nContent-Type: multipart/form-data; boundary=" + boundary + "\r\nContent-Length: "
                    + (part.length + 2L * half.length) + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(part);
            out.write(half);
            out.flush();

            assertThat(FabricNetwork.await(SETTLE, () -> !filesIn(spool.dir()).isEmpty()))
                    .as("the part over the threshold is spooled to the vault's upload folder").isTrue();
            for (Path spooled : filesIn(spool.dir())) {
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(spooled)))
                        .isEqualTo("rw-------");
            }
        }
    }

    /** A PDF of about 1.5 MiB whose page text, uncompressed, repeats the marker. */
    private static byte[] bigPdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page,
                    PDPageContentStream.AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 6);
                content.newLineAtOffset(20, 780);
                String line = MARKER + " " + text + " " + System.nanoTime();
                for (int written = 0; written < OVER_THRESHOLD; written += line.length() + 12) {
                    content.showText(line);
                    content.newLineAtOffset(0, 0);
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Over the threshold, declared a PDF, and not one. */
    private static byte[] notAPdf() {
        byte[] marker = (MARKER + " not a pdf " + System.nanoTime() + "\n").getBytes(StandardCharsets.US_ASCII);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        while (bytes.size() < OVER_THRESHOLD) {
            bytes.writeBytes(marker);
        }
        return bytes.toByteArray();
    }
}
