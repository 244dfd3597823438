package io.zhengku.vault.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileTypeTest {

    @Test
    void a_type_is_found_by_its_exact_media_type_only() {
        assertThat(FileType.ofMediaType("application/ofd")).contains(FileType.OFD);
        assertThat(FileType.ofMediaType("image/jpeg")).contains(FileType.JPEG);
        assertThat(FileType.ofMediaType("application/zip")).isEmpty();
        assertThat(FileType.ofMediaType(null)).isEmpty();
    }
}
