package io.zhengku.vault.document;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.micronaut.http.HttpStatus;
import io.zhengku.problem.ProblemException;
import java.time.LocalDate;
import java.util.function.Supplier;

/**
 * Hostile text against the metadata reader, which reads the {@code metadata} part a department sends with every
 * licence and material: read as a licence's and as a material's, it is accepted or refused with a 422
 * {@code metadata-invalid} or {@code holder-code-invalid}. Any other throwable fails the test and Jazzer keeps
 * the input under {@code DocumentMetadataFuzzTestInputs/} as a regression case.
 */
class DocumentMetadataFuzzTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

    @FuzzTest
    void any_text_is_read_as_metadata_or_refused_as_invalid(byte[] input) {
        String json = new String(input, UTF_8);

        readOrRefused(() -> DocumentMetadata.parseLicence(json));
        readOrRefused(() -> DocumentMetadata.parseMaterial(json, TODAY));
    }

    /** Anything but a refusal of the metadata escapes, and so does a refusal with another status or code. */
    private static void readOrRefused(Supplier<DocumentMetadata> read) {
        try {
            read.get();
        } catch (ProblemException refused) {
            assertThat(refused.status().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
            assertThat(refused.code()).isIn("metadata-invalid", "holder-code-invalid");
        }
    }
}
