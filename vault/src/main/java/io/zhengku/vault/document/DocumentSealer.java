package io.zhengku.vault.document;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.anchor.EntryToSeal;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.metadata.FieldDisclosure;
import io.zhengku.core.metadata.MetadataCommitment;
import io.zhengku.signing.anchor.EntrySeals;
import io.zhengku.signing.cms.CmsSealer;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.vault.department.Department;
import io.zhengku.vault.department.SealKeys;
import io.zhengku.vault.intake.InspectedFile;
import io.zhengku.vault.intake.ReceivedFile;
import io.zhengku.vault.store.ObjectStore;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The CPU-heavy part of issuing (签章): commits the metadata with fresh salts, seals the file with a detached CMS
 * e-seal (licences only) and seals the anchor entry, and answers the document's row as it will be indexed
 * (PENDING, stored under its SHA-256). Thread-safe; it writes nothing.
 */
@Singleton
public class DocumentSealer {

    private final Clock clock;
    private final SecureRandom random;

    public DocumentSealer(Clock clock, SecureRandom random) {
        this.clock = clock;
        this.random = random;
    }

    /** What a document is issued as: its kind and identifier, its issuer, its metadata and its inspected file. */
    public record ToSeal(DocumentKind kind, String id, Department department, DocumentMetadata metadata,
                         InspectedFile file) {
    }

    public DocumentRow seal(ToSeal document, SealCredential seal) {
        ReceivedFile received = document.file().file();
        DocumentMetadata metadata = document.metadata();
        Department department = document.department();
        String sha256 = received.sha256().hex();
        Map<String, String> fields = metadata.committedFields(document.id(), department.name(), department.code());
        MetadataCommitment.Committed committed = MetadataCommitment.commit(fields, random);
        byte[] cms = document.kind() == DocumentKind.LICENCE ? cmsSeal(seal, received) : null;
        AnchorEntry entry = EntrySeals.seal(new EntryToSeal(sha256, received.sm3().hex(), document.id(),
                document.kind(), metadata.typeCode(), department.code(), metadata.validFrom().toString(),
                metadata.validUntil() == null ? null : metadata.validUntil().toString(),
                committed.commitment(), SealKeys.fingerprintOf(seal)), seal);
        Instant now = clock.instant();
        return new DocumentRow(document.id(), document.kind(), metadata.typeCode(), department.code(),
                metadata.number(), metadata.holderCode(), metadata.holderCodeType(),
                CanonicalJson.encodeToString(fields), disclosuresJson(committed.disclosures()),
                committed.commitment(), metadata.validFrom(), metadata.validUntil(), sha256, received.sm3().hex(),
                document.file().type().mediaType(), received.size(), ObjectStore.keyOf(received.sha256()), cms,
                entry.sealFingerprint(), CanonicalJson.encodeToString(entry.toJson()), DocumentStatus.ACTIVE, null,
                null, AnchorStatus.PENDING, null, null, null, null, null, null, now, now);
    }

    private byte[] cmsSeal(SealCredential seal, ReceivedFile received) {
        try {
            return new CmsSealer(seal, clock).sign(received.path());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the received file to seal it", e);
        }
    }

    private static String disclosuresJson(List<FieldDisclosure> disclosures) {
        Map<String, Object> salts = new LinkedHashMap<>();
        disclosures.forEach(d -> salts.put(d.name(), d.salt()));
        return CanonicalJson.encodeToString(salts);
    }
}
