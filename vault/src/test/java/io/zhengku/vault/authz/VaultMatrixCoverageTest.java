package io.zhengku.vault.authz;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.testkit.OpenApiOperations;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The authorisation matrix covers every operation of the vault's OpenAPI document, as its build generated it,
 * and names none the document lacks: a new endpoint cannot ship without saying who may call it.
 */
class VaultMatrixCoverageTest {

    private static final String DOCUMENT = "META-INF/swagger/zhengku-vault-1.yml";

    @Test
    void every_operation_of_the_openapi_document_has_a_row() {
        Set<String> missing = new TreeSet<>(OpenApiOperations.of(DOCUMENT));
        missing.removeAll(matrixOperations());

        assertThat(missing).as("operations of %s without a row in VaultMatrix", DOCUMENT).isEmpty();
    }

    @Test
    void every_api_row_of_the_matrix_is_an_operation_of_the_openapi_document() {
        Set<String> stale = matrixOperations().stream().filter(operation -> operation.contains(" /api/"))
                .collect(Collectors.toCollection(TreeSet::new));
        stale.removeAll(OpenApiOperations.of(DOCUMENT));

        assertThat(stale).as("rows of VaultMatrix for operations %s does not have", DOCUMENT).isEmpty();
    }

    private static Set<String> matrixOperations() {
        return VaultMatrix.rows().stream().map(Row::operation).collect(Collectors.toSet());
    }
}
