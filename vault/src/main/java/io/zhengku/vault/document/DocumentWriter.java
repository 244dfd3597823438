package io.zhengku.vault.document;

import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.http.HttpStatus;
import io.zhengku.vault.anchoring.OutboxRepository;
import io.zhengku.vault.anchoring.OutboxRow;
import io.zhengku.vault.audit.AuditTrail;
import io.zhengku.problem.ProblemException;
import jakarta.inject.Singleton;
import jakarta.transaction.Transactional;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Supplier;

/**
 * Writes a new document, its anchor request and its audit line in one transaction (the transactional outbox):
 * once this commits, the document is acknowledged, audited, and will be anchored even if the vault dies the next
 * instant.
 */
@Singleton
public class DocumentWriter {

    /** PostgreSQL's SQLSTATE for a unique-constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";

    private final DocumentRepository documents;
    private final OutboxRepository outbox;

    public DocumentWriter(DocumentRepository documents, OutboxRepository outbox) {
        this.documents = documents;
        this.outbox = outbox;
    }

    /**
     * @throws ProblemException 409 when another request stored the same number or content first
     */
    public DocumentRow insert(DocumentRow document, AuditTrail.Line acknowledged) {
        return refusingDuplicates(() -> insertWithOutbox(document, acknowledged), "a document with the same number"
                + " or the same file was stored at the same moment; read it back instead of retrying");
    }

    /**
     * Writes many documents, their anchor requests and their audit lines in one transaction: all are
     * acknowledged together, or none is.
     *
     * @throws ProblemException 409 when one of them has a number or content stored before; none was written
     */
    public List<DocumentRow> insertAll(List<DocumentRow> documents, AuditTrail.Lines acknowledged) {
        return refusingDuplicates(() -> insertAllWithOutbox(documents, acknowledged), "one of these documents has a"
                + " number or a file stored before; none of them was written");
    }

    private static <T> T refusingDuplicates(Supplier<T> write, String detail) {
        try {
            return write.get();
        } catch (DataAccessException e) {
            if (isUniqueViolation(e)) {
                throw new ProblemException(HttpStatus.CONFLICT, "document-exists", detail);
            }
            throw e;
        }
    }

    @Transactional
    List<DocumentRow> insertAllWithOutbox(List<DocumentRow> documents, AuditTrail.Lines acknowledged) {
        List<DocumentRow> saved = this.documents.saveAll(documents);
        outbox.saveAll(documents.stream().map(d -> OutboxRow.due(d.id(), d.createdAt())).toList());
        acknowledged.recordOk(documents.stream().map(DocumentRow::id).toList());
        return saved;
    }

    @Transactional
    DocumentRow insertWithOutbox(DocumentRow document, AuditTrail.Line acknowledged) {
        DocumentRow saved = documents.save(document);
        outbox.save(OutboxRow.due(document.id(), document.createdAt()));
        acknowledged.recordFor(document.id());
        return saved;
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
