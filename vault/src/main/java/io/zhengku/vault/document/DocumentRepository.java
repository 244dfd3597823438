package io.zhengku.vault.document;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.Page;
import io.micronaut.data.model.Pageable;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.anchor.DocumentStatus;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@JdbcRepository(dialect = Dialect.POSTGRES)
public interface DocumentRepository extends CrudRepository<DocumentRow, String> {

    Optional<DocumentRow> findBySha256(String sha256);

    /** A licence by its number; {@code kind} lets PostgreSQL use the partial index {@code document_licence_number}. */
    @Query("""
            SELECT * FROM document
            WHERE issuer_code = :issuerCode AND type_code = :typeCode AND number = :number AND kind = 'LICENCE'""")
    Optional<DocumentRow> findLicenceByNumber(String issuerCode, String typeCode, String number);

    /** A department's documents of one kind, newest first, optionally of one holder and one status. */
    @Query(value = """
            SELECT * FROM document
            WHERE issuer_code = :issuerCode AND kind = :kind
              AND (CAST(:holderCode AS varchar) IS NULL OR holder_code = :holderCode)
              AND (CAST(:status AS varchar) IS NULL OR status = :status)
            ORDER BY created_at DESC, id""",
            countQuery = """
            SELECT count(*) FROM document
            WHERE issuer_code = :issuerCode AND kind = :kind
              AND (CAST(:holderCode AS varchar) IS NULL OR holder_code = :holderCode)
              AND (CAST(:status AS varchar) IS NULL OR status = :status)""")
    Page<DocumentRow> search(String issuerCode, DocumentKind kind, @Nullable String holderCode,
                             @Nullable String status, Pageable pageable);

    @Query(value = """
            SELECT * FROM document WHERE holder_code = :holderCode AND kind = :kind
            ORDER BY created_at DESC, id""",
            countQuery = "SELECT count(*) FROM document WHERE holder_code = :holderCode AND kind = :kind")
    Page<DocumentRow> findHeldBy(String holderCode, DocumentKind kind, Pageable pageable);

    @Query("SELECT nextval('document_serial')")
    long nextSerial();

    /** {@code count} values of the serial sequence in one round trip, for a bulk issuance. */
    @Query("SELECT nextval('document_serial') FROM generate_series(1, :count)")
    List<Long> nextSerials(int count);

    @Query("""
            UPDATE document SET anchor_status = 'ANCHORED', anchor_tx_id = :txId, anchor_block = :block,
                   anchor_batch_id = :batchId, anchor_receipt = :receipt, anchor_error = NULL,
                   anchored_at = :at, updated_at = :at
            WHERE id = :id AND anchor_status <> 'ANCHORED'""")
    int recordAnchored(String id, String txId, long block, String batchId, String receipt, Instant at);

    @Query("""
            UPDATE document SET anchor_status = :anchorStatus, anchor_error = :error, updated_at = :at
            WHERE id = :id AND anchor_status <> 'ANCHORED'""")
    int recordAnchorState(String id, AnchorStatus anchorStatus, @Nullable String error, Instant at);

    @Query("""
            UPDATE document SET status = :status, status_reason = :reason, superseded_by = :supersededBy,
                   updated_at = :at
            WHERE id = :id""")
    int recordStatus(String id, DocumentStatus status, @Nullable String reason, @Nullable String supersededBy,
                     Instant at);

    @Query("SELECT object_key FROM document")
    List<String> findAllObjectKeys();
}
