package io.zhengku.vault.api;

import io.micronaut.http.MediaType;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.zhengku.problem.ProblemException;
import io.zhengku.vault.document.BulkIssuance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

/**
 * The parts of a bulk issuance request as they arrive, each read into memory and released at once (so that a
 * part Netty buffered on disk is deleted then), and at the end matched with the manifest. Past the item limit,
 * file parts are released unread; the request is refused once it has been read to its end.
 */
final class BulkParts implements Subscriber<CompletedPart> {

    private final int maxItems;
    private final CompletableFuture<BulkParts> received = new CompletableFuture<>();
    private final Map<String, FilePart> files = new LinkedHashMap<>();
    private final List<String> repeated = new ArrayList<>();
    private Subscription subscription;
    private String manifest;
    private int fileParts;
    private RuntimeException failure;

    private record FilePart(byte[] bytes, String contentType) {
    }

    private BulkParts(int maxItems) {
        this.maxItems = maxItems;
    }

    /** Reads every part of {@code body}; completes once the request has been read to its end. */
    static CompletableFuture<BulkParts> read(MultipartBody body, int maxItems) {
        BulkParts parts = new BulkParts(maxItems);
        body.subscribe(parts);
        return parts.received;
    }

    @Override
    public void onSubscribe(Subscription subscription) {
        this.subscription = subscription;
        subscription.request(1);
    }

    @Override
    public void onNext(CompletedPart part) {
        try {
            take(part);
        } catch (IOException e) {
            failure = failure != null ? failure : new UncheckedIOException("cannot read a part of the request", e);
        }
        subscription.request(1);
    }

    private void take(CompletedPart part) throws IOException {
        if (BulkManifest.PART.equals(part.getName())) {
            if (manifest != null) {
                repeated.add(part.getName());
            }
            manifest = new String(part.getBytes(), StandardCharsets.UTF_8);
            return;
        }
        if (++fileParts > maxItems) {
            release(part);
            return;
        }
        byte[] bytes = part.getBytes(); // releases the part, deleting what Netty kept on disk
        String contentType = part.getContentType().map(MediaType::toString).orElse(null);
        if (files.put(part.getName(), new FilePart(bytes, contentType)) != null) {
            repeated.add(part.getName());
        }
    }

    private static void release(CompletedPart part) {
        if (part instanceof CompletedFileUpload upload) {
            upload.discard();
        }
    }

    @Override
    public void onError(Throwable error) {
        received.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        received.complete(this);
    }

    /**
     * The items the manifest names, each with its file.
     *
     * @throws ProblemException 413 {@code bulk-too-many-items}; 422 {@code bulk-manifest-invalid} for a missing or
     *                          malformed manifest or a part sent twice, {@code bulk-part-missing} for a part the
     *                          manifest names and the request lacks, {@code bulk-part-unexpected} for a file part
     *                          the manifest does not name
     */
    List<BulkIssuance.Item> items() {
        if (failure != null) {
            throw failure;
        }
        if (fileParts > maxItems) {
            throw BulkManifest.tooMany(fileParts, maxItems);
        }
        BulkManifest read = BulkManifest.parse(manifest, maxItems);
        if (!repeated.isEmpty()) {
            throw BulkManifest.invalid("the request holds more than one part named " + repeated.get(0));
        }
        List<BulkIssuance.Item> items = new ArrayList<>(read.entries().size());
        for (BulkManifest.Entry entry : read.entries()) {
            FilePart file = files.get(entry.part());
            if (file == null) {
                throw BulkManifest.partMissing(entry.part(), items.size());
            }
            items.add(new BulkIssuance.Item(items.size(), entry.part(), entry.metadataJson(), file.bytes(),
                    file.contentType()));
        }
        if (files.size() > items.size()) {
            throw BulkManifest.partUnexpected(files.keySet().stream()
                    .filter(name -> items.stream().noneMatch(item -> item.part().equals(name))).findFirst()
                    .orElseThrow());
        }
        return items;
    }
}
