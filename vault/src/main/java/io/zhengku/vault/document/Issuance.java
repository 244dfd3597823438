package io.zhengku.vault.document;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpStatus;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.core.anchor.EntryToSeal;
import io.zhengku.core.anchor.MaterialId;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.metadata.FieldDisclosure;
import io.zhengku.core.metadata.MetadataCommitment;
import io.zhengku.signing.anchor.EntrySeals;
import io.zhengku.signing.cms.CmsSealer;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.vault.audit.AuditTrail;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.department.Department;
import io.zhengku.vault.department.DepartmentRepository;
import io.zhengku.vault.department.SealKeys;
import io.zhengku.vault.intake.FileInspector;
import io.zhengku.vault.intake.InspectedFile;
import io.zhengku.vault.intake.ReceivedFile;
import io.zhengku.vault.intake.UploadLimits;
import io.zhengku.problem.ProblemException;
import io.zhengku.vault.store.ObjectStore;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issues licences and registers materials: the vault's pipeline from an upload to an acknowledged document.
 *
 * <ol>
 *   <li>the caller is a department registered here for the type code;</li>
 *   <li>the metadata is read strictly;</li>
 *   <li>the file is received (size limit, SHA-256 and SM3 while streaming) and inspected (type from the content,
 *       structure);</li>
 *   <li>the identifier is minted, the metadata committed with fresh salts, the file sealed (licences) and the
 *       anchor entry sealed;</li>
 *   <li>the file goes to the object store under its SHA-256;</li>
 *   <li>document, anchor request and audit line are written in one transaction; only then is the caller
 *       answered.</li>
 * </ol>
 * A refusal at any step leaves no row and no outbox entry; a crash between steps 5 and 6 leaves an object that
 * no document names, which {@code OrphanReport} finds.
 */
@Singleton
public class Issuance {

    /** GB/T 36904 version of a first issue. */
    private static final String FIRST_VERSION = "001";
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final DepartmentRepository departments;
    private final DocumentRepository documents;
    private final DocumentWriter writer;
    private final SealKeys seals;
    private final ObjectStore store;
    private final FileInspector inspector;
    private final UploadLimits limits;
    private final Path tempDir;
    private final Clock clock;
    private final SecureRandom random;

    public Issuance(DepartmentRepository departments, DocumentRepository documents, DocumentWriter writer,
                    SealKeys seals, ObjectStore store,
                    @Property(name = "zhengku.upload.max-bytes", defaultValue = "52428800") long maxBytes,
                    @Property(name = "zhengku.upload.temp-dir", defaultValue = "") String tempDir,
                    Clock clock, SecureRandom random) {
        this.departments = departments;
        this.documents = documents;
        this.writer = writer;
        this.seals = seals;
        this.store = store;
        this.limits = UploadLimits.defaults().withMaxBytes(maxBytes);
        this.inspector = new FileInspector(limits);
        this.tempDir = tempDir.isBlank() ? Path.of(System.getProperty("java.io.tmpdir")) : Path.of(tempDir);
        this.clock = clock;
        this.random = random;
    }

    /** Checks, seals, stores and indexes a licence; answers once it is acknowledged (anchorStatus PENDING). */
    public DocumentRow issueLicence(Caller caller, String metadataJson, InputStream file, String declaredType,
                                    AuditTrail.Line acknowledged) {
        Department department = departmentOf(caller);
        DocumentMetadata metadata = DocumentMetadata.parseLicence(metadataJson);
        requireRegistered(department, metadata.typeCode());
        documents.findLicenceByNumber(department.code(), metadata.typeCode(), metadata.number())
                .ifPresent(existing -> {
                    throw new ProblemException(HttpStatus.CONFLICT, "licence-number-taken", "licence number "
                            + metadata.number() + " of this type was already issued as " + existing.id()
                            + "; read that licence, or issue the new one under a new number");
                });
        String serial = serial();
        String id = LicenceId.mint(metadata.typeCode(), department.code(), serial, FIRST_VERSION).toString();
        return store(caller, department, metadata, DocumentKind.LICENCE, id, file, declaredType, acknowledged);
    }

    /** Checks, stores and indexes a citizen's or business's material; the same pipeline without the e-seal. */
    public DocumentRow registerMaterial(Caller caller, String metadataJson, InputStream file, String declaredType,
                                        AuditTrail.Line acknowledged) {
        Department department = departmentOf(caller);
        DocumentMetadata metadata = DocumentMetadata.parseMaterial(metadataJson, LocalDate.now(clock.withZone(CHINA)));
        requireRegistered(department, metadata.typeCode());
        String id = new MaterialId(department.code(), serial()).toString();
        return store(caller, department, metadata, DocumentKind.MATERIAL, id, file, declaredType, acknowledged);
    }

    private DocumentRow store(Caller caller, Department department, DocumentMetadata metadata, DocumentKind kind,
                              String id, InputStream file, String declaredType, AuditTrail.Line acknowledged) {
        SealCredential seal = seals.sealOf(department.code()).orElseThrow(() -> new ProblemException(
                HttpStatus.CONFLICT, "no-seal", "department " + department.code() + " has no seal in this vault; "
                + "its region admin must register one before it can issue"));
        try (ReceivedFile received = ReceivedFile.receive(file, tempDir, limits)) {
            InspectedFile inspected = inspector.inspect(received, declaredType);
            String sha256 = received.sha256().hex();
            documents.findBySha256(sha256).ifPresent(existing -> {
                throw alreadyStored(caller, existing);
            });
            Map<String, String> fields = metadata.committedFields(id, department.name(), department.code());
            MetadataCommitment.Committed committed = MetadataCommitment.commit(fields, random);
            byte[] cms = kind == DocumentKind.LICENCE ? new CmsSealer(seal, clock).sign(received.path()) : null;
            AnchorEntry entry = EntrySeals.seal(new EntryToSeal(sha256, received.sm3().hex(), id, kind,
                    metadata.typeCode(), department.code(), metadata.validFrom().toString(),
                    metadata.validUntil() == null ? null : metadata.validUntil().toString(),
                    committed.commitment(), SealKeys.fingerprintOf(seal)), seal);
            String key = store.put(received.path(), received.sha256(), inspected.type().mediaType());
            Instant now = clock.instant();
            return writer.insert(new DocumentRow(id, kind, metadata.typeCode(), department.code(), metadata.number(),
                    metadata.holderCode(), metadata.holderCodeType(),
                    CanonicalJson.encodeToString(fields),
                    disclosuresJson(committed.disclosures()), committed.commitment(), metadata.validFrom(),
                    metadata.validUntil(), sha256, received.sm3().hex(), inspected.type().mediaType(),
                    received.size(), key, cms, entry.sealFingerprint(), CanonicalJson.encodeToString(entry.toJson()),
                    DocumentStatus.ACTIVE, null, null, AnchorStatus.PENDING, null, null, null, null, null, null,
                    now, now), acknowledged);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot receive the upload in " + tempDir, e);
        }
    }

    private Department departmentOf(Caller caller) {
        if (!caller.is(Role.DEPARTMENT)) {
            throw ProblemException.forbidden("only an issuing department may issue or register documents");
        }
        return departments.findById(caller.code()).orElseThrow(() -> ProblemException.forbidden(
                "department " + caller.code() + " is not registered in this vault"));
    }

    private static void requireRegistered(Department department, String typeCode) {
        if (!department.mayIssue(typeCode)) {
            throw new ProblemException(HttpStatus.FORBIDDEN, "type-not-registered", "department "
                    + department.code() + " is not registered for type " + typeCode + "; it may issue "
                    + department.typeCodeList(), "typeCode", null);
        }
    }

    /**
     * Serial part of the identifier: the year and a sequence number of at least 7 digits (11 digits as in public
     * examples, growing rather than wrapping after ten million).
     */
    private String serial() {
        return LocalDate.now(clock.withZone(CHINA)).getYear() + String.format("%07d", documents.nextSerial());
    }

    private static ProblemException alreadyStored(Caller caller, DocumentRow existing) {
        // Only the issuer learns which document holds the file; others learn that it is taken.
        String which = existing.issuerCode().equals(caller.code()) ? " as " + existing.id() : "";
        return new ProblemException(HttpStatus.CONFLICT, "document-exists", "this exact file is already stored"
                + which + "; a file is registered once and reused by reference");
    }

    private static String disclosuresJson(List<FieldDisclosure> disclosures) {
        Map<String, Object> salts = new LinkedHashMap<>();
        disclosures.forEach(d -> salts.put(d.name(), d.salt()));
        return CanonicalJson.encodeToString(salts);
    }
}
