package io.zhengku.vault.document;

import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.vault.audit.AuditTrail;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.department.Department;
import io.zhengku.vault.fault.CrashPoint;
import io.zhengku.vault.intake.InspectedFile;
import io.zhengku.vault.store.ClaimSet;
import io.zhengku.vault.store.ObjectClaims;
import io.zhengku.vault.store.ObjectStore;
import io.zhengku.vault.store.OrphanCleaning;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Issues licences and registers materials one at a time: the vault's pipeline from an upload to an acknowledged
 * document. {@link BulkIssuance} runs the same steps for many licences.
 *
 * <ol>
 *   <li>the caller is a department registered here for the type code ({@link Issuers});</li>
 *   <li>the metadata is read strictly ({@link DocumentMetadata}) and a licence's number is free
 *       ({@link LicenceNumbers});</li>
 *   <li>the file is received and inspected, and is not stored already ({@link DocumentIntake});</li>
 *   <li>the identifier is minted ({@link DocumentIds}), the metadata committed with fresh salts, the file sealed
 *       (licences) and the anchor entry sealed ({@link DocumentSealer});</li>
 *   <li>the file's key is claimed ({@link ObjectClaims}) and the file goes to the object store under its
 *       SHA-256;</li>
 *   <li>document, anchor request and audit line are written in one transaction ({@link DocumentWriter}); only
 *       then is the caller answered, and the claim released.</li>
 * </ol>
 * A refusal at any step leaves no row and no outbox entry; a crash between steps 5 and 6 leaves an object that
 * no document names, which {@link OrphanCleaning} removes once its claim has lapsed.
 */
@Singleton
public class Issuance {

    private final IssuanceSteps steps;

    Issuance(IssuanceSteps steps) {
        this.steps = steps;
    }

    /** Checks, seals, stores and indexes a licence; answers once it is acknowledged (anchorStatus PENDING). */
    public DocumentRow issueLicence(Caller caller, String metadataJson, InputStream file, String declaredType,
                                    AuditTrail.Line acknowledged) {
        Department department = steps.issuers.departmentOf(caller);
        DocumentMetadata metadata = DocumentMetadata.parseLicence(metadataJson);
        steps.issuers.requireRegistered(department, metadata.typeCode());
        steps.numbers.requireFree(department.code(), metadata);
        String id = steps.ids.licenceId(metadata.typeCode(), department.code());
        return store(caller, department, metadata, DocumentKind.LICENCE, id, file, declaredType, acknowledged);
    }

    /** Checks, stores and indexes a citizen's or business's material; the same pipeline without the e-seal. */
    public DocumentRow registerMaterial(Caller caller, String metadataJson, InputStream file, String declaredType,
                                        AuditTrail.Line acknowledged) {
        Department department = steps.issuers.departmentOf(caller);
        DocumentMetadata metadata = DocumentMetadata.parseMaterial(metadataJson, steps.ids.today());
        steps.issuers.requireRegistered(department, metadata.typeCode());
        String id = steps.ids.materialId(department.code());
        return store(caller, department, metadata, DocumentKind.MATERIAL, id, file, declaredType, acknowledged);
    }

    private DocumentRow store(Caller caller, Department department, DocumentMetadata metadata, DocumentKind kind,
                              String id, InputStream file, String declaredType, AuditTrail.Line acknowledged) {
        SealCredential seal = steps.issuers.sealOf(department);
        InspectedFile inspected = steps.intake.receive(caller, file, declaredType);
        steps.crashPoints.reached(CrashPoint.AFTER_RECEIVE);
        try (var received = inspected.file(); ClaimSet claims = steps.claims.open()) {
            DocumentRow row = steps.sealer.seal(new DocumentSealer.ToSeal(kind, id, department, metadata, inspected),
                    seal);
            claims.claim(ObjectStore.keyOf(received.sha256()));
            steps.store.put(received.path(), received.sha256(), row.mediaType());
            steps.crashPoints.reached(CrashPoint.AFTER_STORE);
            DocumentRow written = steps.writer.insert(row, acknowledged);
            steps.crashPoints.reached(CrashPoint.AFTER_COMMIT);
            return written;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete a received upload", e);
        }
    }
}
