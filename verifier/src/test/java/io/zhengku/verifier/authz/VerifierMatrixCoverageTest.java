package io.zhengku.verifier.authz;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.testkit.OpenApiOperations;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The verifier's matrix covers every operation of its OpenAPI document and names none the document lacks. */
class VerifierMatrixCoverageTest {

    private static final String DOCUMENT = "META-INF/swagger/zhengku-verifier-1.yml";

    @Test
    void every_operation_of_the_openapi_document_has_a_row() {
        Set<String> missing = new TreeSet<>(OpenApiOperations.of(DOCUMENT));
        missing.removeAll(matrixOperations());

        assertThat(missing).as("operations of %s without a row in VerifierMatrix", DOCUMENT).isEmpty();
    }

    @Test
    void every_api_row_of_the_matrix_is_an_operation_of_the_openapi_document() {
        Set<String> stale = matrixOperations().stream().filter(operation -> operation.contains(" /api/"))
                .collect(Collectors.toCollection(TreeSet::new));
        stale.removeAll(OpenApiOperations.of(DOCUMENT));

        assertThat(stale).as("rows of VerifierMatrix for operations %s does not have", DOCUMENT).isEmpty();
    }

    private static Set<String> matrixOperations() {
        return VerifierMatrix.rows().stream().map(VerifierMatrix.Row::operation).collect(Collectors.toSet());
    }
}
