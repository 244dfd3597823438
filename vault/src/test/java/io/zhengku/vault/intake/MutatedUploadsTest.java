package io.zhengku.vault.intake;

import static io.zhengku.vault.intake.Uploads.assertNoFilesIn;

import io.zhengku.core.testing.Mutations;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Whatever the bytes, the intake either accepts them or refuses them with an {@link IntakeException}: no
 * parser's own exception, and no stack overflow, reaches the caller. Run with {@code -Dmutations=5000} to
 * search harder.
 */
class MutatedUploadsTest {

    private final FileInspector inspector = new FileInspector(UploadLimits.defaults());

    @TempDir
    Path tempDir;

    static Stream<Arguments> validFiles() {
        return Stream.of(
                Arguments.of("PDF", Fixtures.pdf(2)),
                Arguments.of("OFD", Fixtures.ofd()),
                Arguments.of("PNG", Fixtures.png(24, 16)),
                Arguments.of("JPEG", Fixtures.jpeg(24, 16)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validFiles")
    void every_mutant_is_accepted_or_refused_with_a_problem_code(String type, byte[] valid) throws IOException {
        Mutations.assertParserRefuses(List.of(IntakeException.class), Mutations.of(valid, type.hashCode()),
                variant -> Uploads.inspect(inspector, variant, null, tempDir));
        assertNoFilesIn(tempDir);
    }
}
