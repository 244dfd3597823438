package io.zhengku.vault.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MimeTypes;
import org.junit.jupiter.api.Test;

/**
 * The cheap first look recognises each accepted type by its magic number, as Tika's full registry does, and
 * answers anything else with a type the vault does not accept, which sends the upload to the full registry. Without this, a broken list would only slow the
 * vault down, unseen by the other tests.
 */
class AcceptedTypesTest {

    private static final MimeTypes ACCEPTED = FileInspector.acceptedTypes();
    private static final MimeTypes FULL = MimeTypes.getDefaultMimeTypes();

    private static String detect(MimeTypes types, byte[] content) throws IOException {
        return types.detect(new ByteArrayInputStream(content), new Metadata()).toString();
    }

    @Test
    void each_accepted_type_is_recognised_as_the_full_registry_recognises_it() throws IOException {
        for (byte[] content : new byte[][] {Fixtures.pdf(1), Fixtures.png(8, 8), Fixtures.jpeg(8, 8), Fixtures.ofd()}) {
            assertThat(detect(ACCEPTED, content)).isEqualTo(detect(FULL, content)).isNotEqualTo("application/octet-stream");
        }
    }

    @Test
    void anything_else_is_left_to_the_full_registry() throws IOException {
        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0};

        assertThat(detect(ACCEPTED, elf)).isEqualTo("application/octet-stream");
        assertThat(FileType.ofMediaType(detect(ACCEPTED, Fixtures.utf8("<html><body>hi</body></html>")))).isEmpty();
        assertThat(detect(FULL, elf)).isNotEqualTo("application/octet-stream");
    }
}
