package io.zhengku.vault.intake;

import static io.zhengku.vault.intake.Uploads.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PdfIntakeTest {

    private static final byte[] PDF = Fixtures.pdf(3);

    private final FileInspector inspector = new FileInspector(UploadLimits.defaults());

    @TempDir
    Path tempDir;

    @Test
    void the_pages_of_a_pdf_are_counted() throws IOException {
        assertThat(inspect(PDF).pageCount()).isEqualTo(OptionalInt.of(3));
    }

    /** PDFBox alone would rebuild this cross-reference table from the objects it finds, and open the file. */
    @Test
    void a_pdf_cut_in_half_is_malformed() {
        assertRefused(() -> inspect(Arrays.copyOf(PDF, PDF.length / 2)), IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void a_pdf_missing_its_last_ten_bytes_is_malformed() {
        assertRefused(() -> inspect(Arrays.copyOf(PDF, PDF.length - 10)), IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void a_pdf_followed_by_more_than_1024_other_bytes_is_malformed() {
        byte[] padded = Arrays.copyOf(PDF, PDF.length + 1025);
        assertRefused(() -> inspect(padded), IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void a_pdf_with_a_trailer_but_no_objects_is_malformed() {
        byte[] hollow = Fixtures.utf8("%PDF-1.7\n%garbage where the objects should be\nstartxref\n9\n%%EOF\n");
        assertRefused(() -> inspect(hollow), IntakeProblem.FILE_MALFORMED);
    }

    @Test
    void a_pdf_without_pages_is_malformed() {
        assertRefused(() -> inspect(Fixtures.pdf(0)), IntakeProblem.FILE_MALFORMED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "user-secret"})
    void an_encrypted_pdf_is_malformed_with_or_without_a_password_to_open_it(String userPassword) {
        assertRefused(() -> inspect(Fixtures.encryptedPdf(userPassword)), IntakeProblem.FILE_MALFORMED);
    }

    private InspectedFile inspect(byte[] bytes) throws IOException {
        return Uploads.inspect(inspector, bytes, "application/pdf", tempDir);
    }
}
