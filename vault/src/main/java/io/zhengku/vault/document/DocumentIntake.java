package io.zhengku.vault.document;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpStatus;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.intake.FileInspector;
import io.zhengku.vault.intake.InspectedFile;
import io.zhengku.vault.intake.ReceivedFile;
import io.zhengku.vault.intake.UploadLimits;
import io.zhengku.vault.intake.UploadSpool;
import io.zhengku.problem.ProblemException;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Takes in an uploaded file: receives it (size limit, SHA-256 and SM3 while streaming, into a temporary file),
 * inspects it (type from the content, structure) and refuses a file the vault already stores. The temporary file
 * is in the {@link UploadSpool}; what this answers is closed by the caller, which deletes it, and a refusal
 * deletes it before it is thrown.
 */
@Singleton
public class DocumentIntake {

    private final DocumentRepository documents;
    private final FileInspector inspector;
    private final UploadLimits limits;
    private final Path tempDir;

    public DocumentIntake(DocumentRepository documents,
                          @Property(name = "zhengku.upload.max-bytes", defaultValue = "52428800") long maxBytes,
                          UploadSpool spool) {
        this.documents = documents;
        this.limits = UploadLimits.defaults().withMaxBytes(maxBytes);
        this.inspector = new FileInspector(limits);
        this.tempDir = spool.dir();
    }

    /**
     * @throws io.zhengku.vault.intake.IntakeException when the file is refused by its size or content
     * @throws ProblemException 409 {@code document-exists} when the very same file is stored already
     */
    public InspectedFile receive(Caller caller, InputStream file, String declaredType) {
        ReceivedFile received = null;
        try {
            received = ReceivedFile.receive(file, tempDir, limits);
            InspectedFile inspected = inspector.inspect(received, declaredType);
            documents.findBySha256(inspected.file().sha256().hex()).ifPresent(existing -> {
                throw alreadyStored(caller, existing);
            });
            return inspected;
        } catch (IOException e) {
            closeAfterFailure(received, e);
            throw new UncheckedIOException("cannot receive the upload in " + tempDir, e);
        } catch (RuntimeException e) {
            closeAfterFailure(received, e);
            throw e;
        }
    }

    /** The refusal of a file that is stored already; only its issuer learns which document holds it. */
    public static ProblemException alreadyStored(Caller caller, DocumentRow existing) {
        String which = existing.issuerCode().equals(caller.code()) ? " as " + existing.id() : "";
        return alreadyStored(which);
    }

    static ProblemException alreadyStored(String which) {
        return new ProblemException(HttpStatus.CONFLICT, "document-exists", "this exact file is already stored"
                + which + "; a file is registered once and reused by reference");
    }

    private static void closeAfterFailure(ReceivedFile received, Exception failure) {
        if (received == null) {
            return;
        }
        try {
            received.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
