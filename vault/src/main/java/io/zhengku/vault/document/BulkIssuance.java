package io.zhengku.vault.document;

import static java.util.Objects.requireNonNull;

import io.micronaut.context.annotation.Property;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.digest.Digest;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.vault.audit.AuditTrail;
import io.zhengku.vault.auth.Caller;
import io.zhengku.vault.department.Department;
import io.zhengku.vault.intake.InspectedFile;
import io.zhengku.vault.intake.ReceivedFile;
import io.zhengku.problem.ProblemException;
import io.zhengku.vault.store.ClaimSet;
import io.zhengku.vault.store.ObjectStore;
import jakarta.inject.Singleton;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Issues many licences of one department in one request (批量签发), by {@link Issuance}'s steps, shaped for
 * throughput: the metadata is read and the numbers checked against each other first; then each licence is
 * received, inspected and sealed on {@link BulkExecutors#seal()} (as many at once as there are cores), and
 * stored on {@link BulkExecutors#store()}; then each chunk of licences is written in one transaction
 * (documents, outbox rows, audit lines). At most {@link #CHUNKS_IN_FLIGHT} chunks are being sealed at a time.
 *
 * <p>Every item ends with its own result: its document, once its chunk committed (a crash before leaves it
 * unacknowledged), or the refusal single issuance would have answered. One item's refusal never touches
 * another's; a chunk that meets a number or file stored at the same moment by another request is written again
 * one licence at a time, so that each learns its own outcome.
 */
@Singleton
public class BulkIssuance {

    static final int CHUNKS_IN_FLIGHT = 2;

    private final IssuanceSteps steps;
    private final BulkExecutors executors;
    private final int chunkSize;

    BulkIssuance(IssuanceSteps steps, BulkExecutors executors,
                 @Property(name = "zhengku.bulk.chunk-size", defaultValue = "100") int chunkSize) {
        this.steps = steps;
        this.executors = executors;
        this.chunkSize = Math.max(1, chunkSize);
    }

    /** One licence of a bulk request: its place, its file part's name, its metadata JSON and its file. */
    public record Item(int index, String part, String metadataJson, byte[] file, String declaredType) {
        public Item {
            requireNonNull(part, "part");
            requireNonNull(file, "file");
        }
    }

    /** How one item ended: its document (acknowledged) or the refusal to answer for it. */
    public record Result(Item item, DocumentRow document, RuntimeException refusal) {
        public boolean issued() {
            return document != null;
        }
    }

    /** A licence admitted to sealing: its metadata read, its number free within the request, its id minted. */
    private record Admitted(Item item, DocumentMetadata metadata, String id) {
    }

    /**
     * Issues every item it can; answers one result per item, in the items' order.
     *
     * @param audit the caller's {@code licence.issue} lines: one per item, as single issuance writes them
     * @throws ProblemException when the caller may not issue here at all (nothing is done)
     */
    public List<Result> issue(Caller caller, List<Item> items, AuditTrail.Lines audit) {
        Department department = steps.issuers.departmentOf(caller);
        SealCredential seal = steps.issuers.sealOf(department);
        Map<Integer, Result> results = new HashMap<>();
        List<Admitted> admitted = admit(department, items, results);
        List<List<Admitted>> chunks = chunks(admitted);
        Deque<Prepared> inFlight = new ArrayDeque<>();
        Map<String, Integer> files = new HashMap<>();
        for (int next = 0, done = 0; done < chunks.size(); done++) {
            while (next < chunks.size() && inFlight.size() < CHUNKS_IN_FLIGHT) {
                inFlight.add(prepare(caller, department, seal, chunks.get(next++)));
            }
            try (Prepared prepared = inFlight.remove()) {
                commit(chunks.get(done), prepared.rows(), files, audit, results);
            }
        }
        List<Result> ordered = items.stream().map(item -> results.get(item.index())).toList();
        audit.record(ordered.stream().filter(r -> !r.issued())
                .map(r -> new AuditTrail.Outcome(null, AuditTrail.outcomeOf(r.refusal()))).toList());
        return ordered;
    }

    /** Reads each item's metadata and type; refuses a number given twice in the request; mints the ids. */
    private List<Admitted> admit(Department department, List<Item> items, Map<Integer, Result> results) {
        List<Item> readable = new ArrayList<>();
        List<DocumentMetadata> metadata = new ArrayList<>();
        Map<String, Integer> numbersSeen = new HashMap<>();
        for (Item item : items) {
            try {
                DocumentMetadata read = DocumentMetadata.parseLicence(item.metadataJson());
                steps.issuers.requireRegistered(department, read.typeCode());
                Integer first = numbersSeen.putIfAbsent(read.typeCode() + "/" + read.number(), item.index());
                if (first != null) {
                    throw LicenceNumbers.taken(read.number(), "is given twice in this request, first for item "
                            + first);
                }
                readable.add(item);
                metadata.add(read);
            } catch (RuntimeException refusal) {
                results.put(item.index(), new Result(item, null, refusal));
            }
        }
        List<Long> serials = steps.ids.serials(readable.size());
        List<Admitted> admitted = new ArrayList<>(readable.size());
        for (int i = 0; i < readable.size(); i++) {
            admitted.add(new Admitted(readable.get(i), metadata.get(i),
                    steps.ids.licenceId(metadata.get(i).typeCode(), department.code(), serials.get(i))));
        }
        return admitted;
    }

    private List<List<Admitted>> chunks(List<Admitted> admitted) {
        List<List<Admitted>> chunks = new ArrayList<>();
        for (int from = 0; from < admitted.size(); from += chunkSize) {
            chunks.add(admitted.subList(from, Math.min(admitted.size(), from + chunkSize)));
        }
        return chunks;
    }

    /**
     * A chunk being sealed and stored: each future answers its row once stored, under the chunk's claims on its
     * files' keys, which closing releases, after the chunk's commit.
     */
    private record Prepared(List<CompletableFuture<DocumentRow>> rows, ClaimSet claims) implements AutoCloseable {
        @Override
        public void close() {
            claims.close();
        }
    }

    /**
     * Claims the keys of a chunk's files in one transaction (a file's key is the SHA-256 of its bytes as sent),
     * then starts sealing and storing each licence. A chunk whose claim fails has each licence refused with that
     * failure.
     */
    private Prepared prepare(Caller caller, Department department, SealCredential seal, List<Admitted> chunk) {
        ClaimSet claims = steps.claims.open();
        try {
            claims.claim(chunk.stream().map(l -> ObjectStore.keyOf(Digest.sha256Of(l.item().file()))).toList());
        } catch (RuntimeException failure) {
            return new Prepared(chunk.stream().map(l -> CompletableFuture.<DocumentRow>failedFuture(failure))
                    .toList(), claims);
        }
        return new Prepared(chunk.stream().map(licence -> CompletableFuture
                .supplyAsync(() -> sealed(caller, department, seal, licence), executors.seal())
                .thenApplyAsync(this::stored, executors.store())).toList(), claims);
    }

    /** A sealed licence and its received file, which {@link #stored} deletes once the object store has it. */
    private record Sealed(DocumentRow row, ReceivedFile file) {
    }

    private Sealed sealed(Caller caller, Department department, SealCredential seal, Admitted licence) {
        steps.numbers.requireFree(department.code(), licence.metadata());
        InspectedFile inspected = steps.intake.receive(caller, new ByteArrayInputStream(licence.item().file()),
                licence.item().declaredType());
        try {
            DocumentSealer.ToSeal toSeal = new DocumentSealer.ToSeal(DocumentKind.LICENCE, licence.id(), department,
                    licence.metadata(), inspected);
            return new Sealed(steps.sealer.seal(toSeal, seal), inspected.file());
        } catch (RuntimeException e) {
            delete(inspected.file());
            throw e;
        }
    }

    private DocumentRow stored(Sealed sealed) {
        try {
            steps.store.put(sealed.file().path(), sealed.file().sha256(), sealed.row().mediaType());
            return sealed.row();
        } finally {
            delete(sealed.file());
        }
    }

    /** Waits for a chunk's licences and writes those that were sealed and stored, in one transaction. */
    private void commit(List<Admitted> chunk, List<CompletableFuture<DocumentRow>> prepared,
                        Map<String, Integer> files, AuditTrail.Lines audit, Map<Integer, Result> results) {
        List<DocumentRow> rows = new ArrayList<>();
        List<Item> items = new ArrayList<>();
        for (int i = 0; i < chunk.size(); i++) {
            Item item = chunk.get(i).item();
            try {
                DocumentRow row = prepared.get(i).join();
                Integer first = files.putIfAbsent(row.sha256(), item.index());
                if (first != null) {
                    throw DocumentIntake.alreadyStored(" by item " + first + " of this request");
                }
                rows.add(row);
                items.add(item);
            } catch (RuntimeException refusal) {
                results.put(item.index(), new Result(item, null, BulkRefusals.unwrap(refusal)));
            }
        }
        if (rows.isEmpty()) {
            return;
        }
        try {
            List<DocumentRow> written = steps.writer.insertAll(rows, audit);
            for (int i = 0; i < written.size(); i++) {
                results.put(items.get(i).index(), new Result(items.get(i), written.get(i), null));
            }
        } catch (ProblemException conflict) {
            commitOneByOne(rows, items, audit, results);
        } catch (RuntimeException failure) {
            items.forEach(item -> results.put(item.index(), new Result(item, null, failure)));
        }
    }

    private void commitOneByOne(List<DocumentRow> rows, List<Item> items, AuditTrail.Lines audit,
                                Map<Integer, Result> results) {
        AuditTrail.Line line = (target, outcome) -> audit.record(List.of(new AuditTrail.Outcome(target, outcome)));
        for (int i = 0; i < rows.size(); i++) {
            Item item = items.get(i);
            try {
                results.put(item.index(), new Result(item, steps.writer.insert(rows.get(i), line), null));
            } catch (RuntimeException refusal) {
                results.put(item.index(), new Result(item, null, refusal));
            }
        }
    }

    private static void delete(ReceivedFile file) {
        try {
            file.close();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete a received upload", e);
        }
    }
}
