package io.zhengku.vault.intake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Sends bytes through the intake the way an upload arrives, and asserts on refusals by code, never message. */
final class Uploads {

    private Uploads() {
    }

    /** Receives {@code bytes} under the default limits, then inspects them; the file is closed again. */
    static InspectedFile inspect(FileInspector inspector, byte[] bytes, String declaredMediaType, Path tempDir)
            throws IOException {
        try (ReceivedFile file = ReceivedFile.receive(new ByteArrayInputStream(bytes), tempDir,
                UploadLimits.defaults())) {
            return inspector.inspect(file, declaredMediaType);
        }
    }

    static void assertRefused(ThrowingCallable call, IntakeProblem problem) {
        assertThatThrownBy(call).isInstanceOfSatisfying(IntakeException.class,
                e -> assertThat(e.problem()).isEqualTo(problem));
    }

    static void assertNoFilesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).as("files left in " + dir).isEmpty();
        }
    }
}
