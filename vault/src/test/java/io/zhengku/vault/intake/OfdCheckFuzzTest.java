package io.zhengku.vault.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile bytes against the OFD package check, which opens an uploaded ZIP archive: it passes the package or
 * refuses it with an {@link IntakeException} for a damaged archive, a bomb or a path that escapes. Any other
 * throwable fails the test, an {@link IOException} too, since the file is always there to read, and Jazzer keeps
 * the input under {@code OfdCheckFuzzTestInputs/} as a regression case.
 */
class OfdCheckFuzzTest {

    private static final OfdCheck CHECK = new OfdCheck(UploadLimits.defaults());

    /** Where each input is written as the upload it stands for; JUnit deletes it after the class. */
    @TempDir
    static Path uploads;

    @FuzzTest
    void any_bytes_are_a_sound_package_or_refused_with_an_intake_problem(byte[] input) throws IOException {
        Path upload = Files.write(uploads.resolve("upload.ofd"), input);
        try {
            CHECK.check(upload);
        } catch (IntakeException refused) {
            assertThat(refused.problem()).isIn(IntakeProblem.FILE_MALFORMED, IntakeProblem.ARCHIVE_BOMB,
                    IntakeProblem.ARCHIVE_PATH_ESCAPE);
        } finally {
            Files.delete(upload);
        }
    }
}
