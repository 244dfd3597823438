package io.zhengku.vault.intake;

import static io.zhengku.vault.intake.Uploads.assertNoFilesIn;
import static io.zhengku.vault.intake.Uploads.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** What a file is, found in its content, and how that meets the allow-list and the declared type. */
class FileInspectorTest {

    private static final byte[] ELF = Arrays.copyOf(new byte[] {0x7f, 'E', 'L', 'F', 2, 1, 1, 0}, 4096);

    private final FileInspector inspector = new FileInspector(UploadLimits.defaults());

    @TempDir
    Path tempDir;

    static Stream<Arguments> validFiles() {
        return Stream.of(
                Arguments.of(Fixtures.pdf(2), FileType.PDF, OptionalInt.of(2)),
                Arguments.of(Fixtures.ofd(), FileType.OFD, OptionalInt.empty()),
                Arguments.of(Fixtures.png(40, 30), FileType.PNG, OptionalInt.of(1)),
                Arguments.of(Fixtures.jpeg(40, 30), FileType.JPEG, OptionalInt.of(1)));
    }

    @ParameterizedTest
    @MethodSource("validFiles")
    void a_valid_file_is_accepted_under_its_own_media_type(byte[] bytes, FileType type, OptionalInt pages)
            throws IOException {
        InspectedFile inspected = inspect(bytes, type.mediaType());

        assertThat(inspected.type()).isEqualTo(type);
        assertThat(inspected.pageCount()).isEqualTo(pages);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"", "application/octet-stream", "Application/PDF; charset=binary", "application/x-pdf"})
    void a_pdf_declared_generically_or_by_an_alias_is_accepted(String declared) throws IOException {
        assertThat(inspect(Fixtures.pdf(1), declared).type()).isEqualTo(FileType.PDF);
    }

    @ParameterizedTest
    @ValueSource(strings = {"image/png", "application/ofd", "text/plain", "not a media type"})
    void a_pdf_declared_as_anything_else_is_a_type_mismatch(String declared) {
        assertRefused(() -> inspect(Fixtures.pdf(1), declared), IntakeProblem.TYPE_MISMATCH);
    }

    @Test
    void an_ofd_declared_as_a_zip_is_a_type_mismatch() {
        assertRefused(() -> inspect(Fixtures.ofd(), "application/zip"), IntakeProblem.TYPE_MISMATCH);
    }

    @Test
    void an_executable_declared_as_a_pdf_is_not_allowed() {
        assertRefused(() -> inspect(ELF, "application/pdf"), IntakeProblem.TYPE_NOT_ALLOWED);
    }

    @Test
    void a_windows_executable_is_not_allowed() {
        byte[] pe = Arrays.copyOf(Fixtures.utf8("MZ"), 4096);
        pe[0x3c] = (byte) 0x80;
        System.arraycopy(Fixtures.utf8("PE\0\0"), 0, pe, 0x80, 4);
        assertRefused(() -> inspect(pe, null), IntakeProblem.TYPE_NOT_ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<!DOCTYPE html><html><body>licence</body></html>", "GIF89a\1\0\1\0\0\0\0;",
            "plain text, named licence.pdf"})
    void html_gif_and_text_are_not_allowed(String content) {
        assertRefused(() -> inspect(Fixtures.utf8(content), "application/pdf"), IntakeProblem.TYPE_NOT_ALLOWED);
    }

    /**
     * GB/T 33190 makes a ZIP archive an OFD package by its entry file {@code OFD.xml} at the root (names are
     * case-sensitive): without one the content is a plain archive, a type the vault does not take, whatever it
     * was declared as.
     */
    @ParameterizedTest
    @ValueSource(strings = {"Doc_0/OFD.xml", "ofd.xml", "OFD.xml/"})
    void a_zip_without_ofd_xml_at_its_root_is_not_allowed_even_when_declared_as_ofd(String entry) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put(entry, entry.endsWith("/") ? new byte[0] : Fixtures.utf8(Fixtures.OFD_XML));
        assertRefused(() -> inspect(Fixtures.zip(entries), "application/ofd"), IntakeProblem.TYPE_NOT_ALLOWED);
    }

    @Test
    void a_refused_file_is_deleted_when_it_is_closed() throws IOException {
        try (ReceivedFile file = ReceivedFile.receive(new ByteArrayInputStream(ELF), tempDir,
                UploadLimits.defaults())) {
            assertRefused(() -> inspector.inspect(file, null), IntakeProblem.TYPE_NOT_ALLOWED);
        }
        assertNoFilesIn(tempDir);
    }

    private InspectedFile inspect(byte[] bytes, String declared) throws IOException {
        return Uploads.inspect(inspector, bytes, declared, tempDir);
    }
}
