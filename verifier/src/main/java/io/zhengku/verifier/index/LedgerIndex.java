package io.zhengku.verifier.index;

import io.zhengku.core.anchor.BatchRecord;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.json.JsonObjectReader;
import io.zhengku.ledger.BlockConsumer;
import io.zhengku.ledger.LedgerBlock;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.LedgerRecords;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.ledger.StateWrite;
import io.zhengku.ledger.VerificationEvidence;
import jakarta.inject.Singleton;
import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * The verifier's index of the ledger state it needs (账本索引): the contract's records (documents, their ids,
 * batches, departments, seals) exactly as its own region's peer committed them, applied block by block from that
 * peer's blocks ({@link IndexFollower}), kept in the verifier's database ({@link IndexStore}) with the parsed
 * records most asked for in memory. A verification reads it instead of the peer; {@link IndexLag} says how far
 * behind it is.
 *
 * <p>Memory and database agree: a record read from the database enters memory only if no block replaced it
 * meanwhile, because a block's keys leave memory after its transaction committed and while no read is between
 * its database read and its memory write.
 */
@Singleton
public class LedgerIndex implements BlockConsumer {

    private final IndexStore store;
    private final IndexLag lag;
    private final int capacity;
    private final Map<String, Optional<Object>> parsed = new ConcurrentHashMap<>();
    private final ReadWriteLock readsAgainstWrites = new ReentrantReadWriteLock();

    public LedgerIndex(IndexStore store, IndexLag lag, IndexSettings settings) {
        this.store = store;
        this.lag = lag;
        this.capacity = settings.cachedRecords();
        store.lastBlock().ifPresent(lag::applied);
    }

    /** Applies a block's writes and checkpoint in one transaction, then forgets what memory held of its keys. */
    @Override
    public void accept(LedgerBlock block) throws SQLException {
        store.apply(block);
        readsAgainstWrites.writeLock().lock();
        try {
            for (StateWrite write : block.writes()) {
                parsed.remove(key(write.keyType(), write.keyId()));
            }
        } finally {
            readsAgainstWrites.writeLock().unlock();
        }
        lag.applied(block.number());
    }

    /** The evidence for the document anchored with this SHA-256, as the contract's findEvidence gives it. */
    public Optional<VerificationEvidence> evidenceByDigest(String sha256) throws LedgerException {
        Optional<DocumentRecord> record = read("document", sha256, LedgerRecords::documentRecord);
        return record.isPresent() ? Optional.of(evidenceOf(record.get())) : Optional.empty();
    }

    /** The evidence for the document anchored with this identifier. */
    public Optional<VerificationEvidence> evidenceById(String documentId) throws LedgerException {
        Optional<String> sha256 = read("documentId", documentId, LedgerIndex::digestOf);
        return sha256.isPresent() ? evidenceByDigest(sha256.get()) : Optional.empty();
    }

    /** The registered seal with this fingerprint, retired or not. */
    public Optional<RegisteredSeal> seal(String fingerprint) throws LedgerException {
        return read("seal", fingerprint, RegisteredSeal::parse);
    }

    private VerificationEvidence evidenceOf(DocumentRecord record) throws LedgerException {
        BatchRecord batch = required(read("batch", record.batchId(), LedgerRecords::batchRecord), "batch",
                record.batchId());
        RegisteredDepartment department = required(read("department", record.entry().issuerCode(),
                RegisteredDepartment::parse), "department", record.entry().issuerCode());
        RegisteredSeal seal = required(read("seal", record.entry().sealFingerprint(), RegisteredSeal::parse), "seal",
                record.entry().sealFingerprint());
        try {
            return new VerificationEvidence(record, batch, department, seal);
        } catch (IllegalArgumentException e) {
            throw malformed("the index's evidence for " + record.entry().sha256() + " is inconsistent: "
                    + e.getMessage(), e);
        }
    }

    /** A record anchored holds what the contract checked exists; a missing part means the index is damaged. */
    private static <T> T required(Optional<T> part, String type, String id) throws LedgerException {
        return part.orElseThrow(() -> malformed("the index holds a document whose " + type + " " + id
                + " it does not hold", null));
    }

    private interface Parser<T> {
        T parse(String json) throws LedgerException;
    }

    @SuppressWarnings("unchecked")
    private <T> Optional<T> read(String type, String id, Parser<T> parser) throws LedgerException {
        String key = key(type, id);
        Optional<Object> known = parsed.get(key);
        if (known != null) {
            return (Optional<T>) known;
        }
        readsAgainstWrites.readLock().lock();
        try {
            Optional<String> json = store.value(type, id);
            Optional<T> value = json.isPresent() ? Optional.of(parsed(parser, json.get(), type, id)) : Optional.empty();
            if (parsed.size() >= capacity) {
                parsed.clear(); // crude but safe: memory only ever holds what the database holds
            }
            parsed.putIfAbsent(key, (Optional<Object>) value);
            return value;
        } finally {
            readsAgainstWrites.readLock().unlock();
        }
    }

    private static <T> T parsed(Parser<T> parser, String json, String type, String id) throws LedgerException {
        try {
            return parser.parse(json);
        } catch (IllegalArgumentException e) {
            throw malformed("the index's " + type + " " + id + " cannot be read: " + e.getMessage(), e);
        }
    }

    private static String digestOf(String json) {
        return JsonObjectReader.parse(json, "document id index").allowOnly(Set.of("sha256"))
                .string("sha256");
    }

    private static String key(String type, String id) {
        return type + '\u0000' + id;
    }

    private static LedgerException malformed(String message, Exception cause) {
        return new LedgerException(LedgerException.Reason.MALFORMED_RESPONSE, false, null, message, cause);
    }
}
