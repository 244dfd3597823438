package io.zhengku.verifier.api;

import io.micrometer.core.instrument.MeterRegistry;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.StreamingFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.zhengku.problem.ProblemException;
import io.zhengku.proof.receipt.VerificationReceipts;
import io.zhengku.signing.key.SealCredential;
import io.zhengku.verifier.service.QrPictures;
import io.zhengku.verifier.service.ReceiptKey;
import io.zhengku.verifier.service.VerifierSettings;
import io.zhengku.verifier.service.Verifications;
import io.zhengku.verifier.service.Verified;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.stream.Stream;

/**
 * {@code POST /api/v1/verify} (核验): a file (multipart part {@code file}, hashed as it streams and never
 * stored), or JSON naming a SHA-256, an identifier or a 亮证 token. Open to any relying party: it reveals no
 * more than the ledger, which every region reads, and for a token only what the holder chose to disclose.
 */
@Controller("/api/v1/verify")
public class VerifyController {

    /** Verifications answered, by verdict and by what was presented; exported as zhengku_verifications_total. */
    static final String VERIFICATIONS = "zhengku.verifications";

    private final Verifications verifications;
    private final VerifierSettings settings;
    private final ReceiptKey receiptKey;
    private final MeterRegistry meters;
    private final Clock clock;
    private final ExecutorService blocking;

    public VerifyController(Verifications verifications, VerifierSettings settings, ReceiptKey receiptKey,
                            MeterRegistry meters, Clock clock,
                            @Named(TaskExecutors.BLOCKING) ExecutorService blocking) {
        this.verifications = verifications;
        this.settings = settings;
        this.receiptKey = receiptKey;
        this.meters = meters;
        this.clock = clock;
        this.blocking = blocking;
    }

    /**
     * Verifies a document's file (multipart part {@code file}): hashed as it streams, never stored. With
     * {@code ?id=}, the licence identifier or material id it is presented as, the file is checked against that
     * document's anchored digests rather than looked up by its own.
     */
    @Post(consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "verifyFile",
            summary = "Verify a file: its SHA-256 and SM3 against the ledger, optionally as a named document; "
                    + "the file is not kept")
    public CompletableFuture<VerificationAnswer> verifyFile(StreamingFileUpload file, @Nullable @QueryValue String id,
                                                            @Nullable @QueryValue Boolean receipt) {
        Optional<SealCredential> signer = receiptSigner(receipt);
        // The upload is bound as it arrives, on the event loop; its bytes are then read, hashed and dropped on a
        // blocking thread, so no part of the file is ever held whole or written to disk.
        return CompletableFuture.supplyAsync(() -> {
            Uploads.Digests digests = Uploads.digestsOf(file, settings.maxFileBytes());
            return answer(verifications.ofContent(digests.sha256(), digests.sm3(), Optional.ofNullable(id)), "file",
                    signer);
        }, blocking);
    }

    /**
     * {@code POST /api/v1/verify/qr}: a picture of a 亮证 QR code (multipart part {@code picture}), read back to
     * its token and verified like a pasted one. The picture is held in memory only while it is read.
     */
    @Post(uri = "/qr", consumes = MediaType.MULTIPART_FORM_DATA)
    @Operation(operationId = "verifyQrPicture", summary = "Verify the 亮证 token in a picture of its QR code")
    public CompletableFuture<VerificationAnswer> verifyQrPicture(StreamingFileUpload picture,
                                                                 @Nullable @QueryValue Boolean receipt) {
        Optional<SealCredential> signer = receiptSigner(receipt);
        return CompletableFuture.supplyAsync(() -> answer(verifications.ofToken(QrPictures.read(
                Uploads.bytesOf(picture, QrPictures.MAX_BYTES, "picture", "send a smaller picture or a screenshot"))),
                "qr", signer), blocking);
    }

    /** Verifies by value: exactly one of a SHA-256, an identifier or a 亮证 token. */
    @Post(consumes = MediaType.APPLICATION_JSON)
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Operation(operationId = "verify",
            summary = "Verify by SHA-256, licence identifier or material id, or 亮证 token")
    public VerificationAnswer verify(@Body VerifyRequest request, @Nullable @QueryValue Boolean receipt) {
        Optional<SealCredential> signer = receiptSigner(receipt);
        long given = Stream.of(request.sha256(), request.id(), request.token()).filter(v -> v != null).count();
        if (given != 1) {
            throw new ProblemException(HttpStatus.UNPROCESSABLE_ENTITY, "one-thing-to-verify", "send exactly one "
                    + "of \"sha256\", \"id\" or \"token\" (or a file as multipart part \"file\"); got " + given,
                    null, null);
        }
        if (request.sha256() != null) {
            return answer(verifications.ofSha256(request.sha256()), "sha256", signer);
        }
        return request.id() != null ? answer(verifications.ofId(request.id()), "id", signer)
                : answer(verifications.ofToken(request.token()), "token", signer);
    }

    /**
     * The key to sign a receipt with when {@code ?receipt=true} asks for one; asked for before anything is
     * verified, so that no token is spent in vain.
     */
    private Optional<SealCredential> receiptSigner(Boolean wanted) {
        return Boolean.TRUE.equals(wanted) ? Optional.of(receiptKey.key()) : Optional.empty();
    }

    private VerificationAnswer answer(Verified verified, String presented, Optional<SealCredential> signer) {
        meters.counter(VERIFICATIONS, "verdict", verified.verification().verdict().name(), "presented", presented)
                .increment();
        VerificationAnswer answer = VerificationAnswer.of(verified, clock.instant(), settings.name(),
                settings.region());
        return signer.map(key -> answer.withReceipt(VerificationReceipts.sign(ReceiptPayloads.of(answer, presented),
                key))).orElse(answer);
    }
}
