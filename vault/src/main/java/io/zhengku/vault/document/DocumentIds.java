package io.zhengku.vault.document;

import io.zhengku.core.anchor.MaterialId;
import io.zhengku.core.licence.LicenceId;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * Mints document identifiers: a GB/T 36904 licence identifier or a material's, whose serial part is the year and
 * a sequence number of at least 7 digits (11 digits as in public examples, growing rather than wrapping after
 * ten million).
 */
@Singleton
public class DocumentIds {

    /** GB/T 36904 version of a first issue. */
    private static final String FIRST_VERSION = "001";
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DocumentRepository documents;
    private final Clock clock;

    public DocumentIds(DocumentRepository documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    public String licenceId(String typeCode, String issuerCode) {
        return licenceId(typeCode, issuerCode, documents.nextSerial());
    }

    /** {@code count} serials for licences of one issuer, taken from the sequence in one query. */
    public List<Long> serials(int count) {
        return count == 0 ? List.of() : documents.nextSerials(count);
    }

    public String licenceId(String typeCode, String issuerCode, long serial) {
        return LicenceId.mint(typeCode, issuerCode, serial(serial), FIRST_VERSION).toString();
    }

    public String materialId(String issuerCode) {
        return new MaterialId(issuerCode, serial(documents.nextSerial())).toString();
    }

    /** Today in China, where the documents are issued. */
    public LocalDate today() {
        return LocalDate.now(clock.withZone(CHINA));
    }

    private String serial(long sequence) {
        return today().getYear() + String.format("%07d", sequence);
    }
}
