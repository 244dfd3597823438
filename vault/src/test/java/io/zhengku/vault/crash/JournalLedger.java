package io.zhengku.vault.crash;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentRecord;
import io.zhengku.core.merkle.InclusionProof;
import io.zhengku.core.merkle.MerkleTree;
import io.zhengku.ledger.AnchorReceipt;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.StatusChangeRequest;
import io.zhengku.vault.testing.WriteOnlyLedger;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A ledger double that survives its process being killed: every committed anchor is a line of a journal file
 * ({@value #JOURNAL_PROPERTY}), forced to disk before the anchor's future completes, and read back on start.
 * Like the {@code zhengku} contract, it writes a digest once: anchoring a digest already in the journal writes
 * nothing and answers with the first receipt. Each document is a one-entry batch of its own.
 *
 * <p>As on Fabric, the answer comes a while after the commit ({@link #COMMIT_NOTICE}): a vault killed in between
 * has an anchor in the ledger that it never recorded, and hands the document again after its restart.
 *
 * <p>A journal line is {@code sha256 documentId transactionId blockNumber batchId merkleRoot}; a last line cut
 * short by a kill was never committed (its future never completed) and is dropped on start.
 */
@Singleton
@Requires(env = JournalLedger.ENVIRONMENT)
public class JournalLedger extends WriteOnlyLedger {

    public static final String ENVIRONMENT = "ledger-journal";
    public static final String JOURNAL_PROPERTY = "zhengku.test.ledger-journal";

    /** How long after its commit an anchor's answer arrives, like a commit status from a peer. */
    static final Duration COMMIT_NOTICE = Duration.ofMillis(200);

    private static final Logger LOG = LoggerFactory.getLogger(JournalLedger.class);

    private final ScheduledExecutorService notices = Executors.newSingleThreadScheduledExecutor();
    private final FileChannel journal;
    private final Map<String, AnchorReceipt> anchored = new HashMap<>();
    private long lastBlock;

    public JournalLedger(@Property(name = JOURNAL_PROPERTY) String journalFile) {
        Path file = Path.of(journalFile);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            String committed = Files.exists(file) ? committedText(file) : "";
            committed.lines().forEach(line -> remember(line.split(" ")));
            journal = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            journal.truncate(committed.length());
            journal.position(committed.length());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the ledger journal " + file, e);
        }
    }

    /** The journal's committed lines, split into their fields; also how a test reads it after the vault. */
    public static List<String[]> read(Path journalFile) throws IOException {
        return committedText(journalFile).lines().map(line -> line.split(" ")).toList();
    }

    private static String committedText(Path journalFile) throws IOException {
        String text = Files.readString(journalFile, StandardCharsets.US_ASCII);
        return text.substring(0, text.lastIndexOf('\n') + 1);
    }

    @Override
    public synchronized CompletableFuture<AnchorReceipt> anchor(AnchorEntry entry) {
        AnchorReceipt first = anchored.get(entry.sha256());
        if (first != null) {
            LOG.info("{} is already anchored as {}; answering its first receipt", entry.sha256(), first.batchId());
            return answerLater(first);
        }
        long block = lastBlock + 1;
        MerkleTree batch = MerkleTree.of(List.of(entry.leaf()));
        AnchorReceipt receipt = new AnchorReceipt("tx-" + block, block, "journal-" + block, 0, 1,
                HexFormat.of().formatHex(batch.root()), batch.inclusionProof(0));
        try {
            append(entry.sha256() + " " + entry.documentId() + " " + receipt.transactionId() + " " + block + " "
                    + receipt.batchId() + " " + receipt.merkleRoot() + "\n");
        } catch (IOException e) {
            return CompletableFuture.failedFuture(new LedgerException(LedgerException.Reason.UNAVAILABLE, true,
                    null, "the ledger journal cannot be written: " + e.getMessage(), e));
        }
        lastBlock = block;
        anchored.put(entry.sha256(), receipt);
        return answerLater(receipt);
    }

    @PreDestroy
    void close() throws IOException {
        notices.shutdownNow();
        journal.close();
    }

    private CompletableFuture<AnchorReceipt> answerLater(AnchorReceipt receipt) {
        CompletableFuture<AnchorReceipt> answer = new CompletableFuture<>();
        notices.schedule(() -> answer.complete(receipt), COMMIT_NOTICE.toMillis(), TimeUnit.MILLISECONDS);
        return answer;
    }

    private void append(String line) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(line.getBytes(StandardCharsets.US_ASCII));
        while (bytes.hasRemaining()) {
            journal.write(bytes);
        }
        journal.force(false);
    }

    private void remember(String[] line) {
        long block = Long.parseLong(line[3]);
        anchored.putIfAbsent(line[0], new AnchorReceipt(line[2], block, line[4], 0, 1, line[5],
                new InclusionProof(0, 1, List.of())));
        lastBlock = Math.max(lastBlock, block);
    }

    @Override
    public DocumentRecord changeStatus(StatusChangeRequest request) {
        throw new UnsupportedOperationException("the crash test changes no status");
    }
}
