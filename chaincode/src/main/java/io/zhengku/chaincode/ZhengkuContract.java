package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.withRefusalCodes;

import io.zhengku.core.anchor.RefusalCode;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.ContractInterface;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Info;
import org.hyperledger.fabric.contract.annotation.Transaction;

/**
 * The {@code zhengku} contract (证库链码): issuer registry, batch anchoring, document status and lookups for
 * the electronic licence and material library shared by the Yangtze River Delta regions. It is the default
 * contract, so every function is callable by its bare name, e.g. {@code findByDigest}.
 *
 * <p>Every argument is a string; JSON arguments and every result are canonical JSON. A refusal is a
 * {@code ChaincodeException} whose payload is the name of core's {@link RefusalCode}; the core model's refusals
 * are given their codes in one place, {@link Refusals#withRefusalCodes}. Run it as chaincode-as-a-service
 * with {@code java -jar zhengku-chaincode.jar} and {@code CHAINCODE_SERVER_ADDRESS},
 * {@code CORE_CHAINCODE_ID_NAME} set; {@code ZHENGKU_MAX_BATCH_ENTRIES} (default
 * {@value #DEFAULT_MAX_BATCH_ENTRIES}) bounds a batch and must be the same on every peer.
 *
 * <pre>{@code
 * peer chaincode query -C yangtze-delta -n zhengku -c '{"Args":["findByDigest","<sha256 hex>"]}'
 * }</pre>
 */
@Contract(name = "zhengku", info = @Info(title = "Zhengku", version = "0.1.0",
        description = "Electronic licence and material library: issuer registry, batch anchors, status"))
@Default
public final class ZhengkuContract implements ContractInterface {

    /** Entries one transaction may anchor unless {@code ZHENGKU_MAX_BATCH_ENTRIES} says otherwise. */
    public static final int DEFAULT_MAX_BATCH_ENTRIES = 2000;

    private final int maxBatchEntries;

    /** The contract as the Fabric contract router creates it, configured from the environment. */
    public ZhengkuContract() {
        this(BatchLimit.fromEnvironment(System.getenv(BatchLimit.VARIABLE), DEFAULT_MAX_BATCH_ENTRIES));
    }

    ZhengkuContract(int maxBatchEntries) {
        this.maxBatchEntries = maxBatchEntries;
    }

    /** Registers the caller's region (its MSP) so other regions' records can require its endorsement. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerRegion(Context ctx) {
        return withRefusalCodes(() -> new Regions(state(ctx)).join(caller(ctx)));
    }

    /** Registers a department of the caller's region: {@code {"uscc","name","typeCodes":[...]}}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerDepartment(Context ctx, String departmentJson) {
        return withRefusalCodes(() -> registry(ctx).registerDepartment(caller(ctx), departmentJson));
    }

    /** Replaces a department's name and type codes: {@code {"uscc","name","typeCodes":[...]}}. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String updateDepartment(Context ctx, String departmentJson) {
        return withRefusalCodes(() -> registry(ctx).updateDepartment(caller(ctx), departmentJson));
    }

    /** Registers a seal certificate (PEM, SM2 or P-256) for a department of the caller's region. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String registerSeal(Context ctx, String departmentUscc, String certificatePem) {
        return withRefusalCodes(() -> registry(ctx).registerSeal(caller(ctx), departmentUscc, certificatePem));
    }

    /** Retires a seal of the caller's region; documents anchored before keep their seal. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String retireSeal(Context ctx, String fingerprint) {
        return withRefusalCodes(() -> registry(ctx).retireSeal(caller(ctx), fingerprint));
    }

    /** Anchors a batch (see {@link io.zhengku.core.anchor.AnchorBatch} for its JSON); returns what was anchored. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String anchorBatch(Context ctx, String batchJson) {
        return withRefusalCodes(() -> anchoring(ctx).anchorBatch(caller(ctx), batchJson));
    }

    /** Suspends an ACTIVE document of the caller's region. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String suspend(Context ctx, String sha256, String reasonCode, String reasonText) {
        return withRefusalCodes(() -> new StatusChanges(state(ctx))
                .suspend(caller(ctx), sha256, reasonCode, reasonText));
    }

    /** Reinstates a SUSPENDED document of the caller's region. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String reinstate(Context ctx, String sha256) {
        return withRefusalCodes(() -> new StatusChanges(state(ctx)).reinstate(caller(ctx), sha256));
    }

    /** Revokes a document of the caller's region for good. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String revoke(Context ctx, String sha256, String reasonCode, String reasonText) {
        return withRefusalCodes(() -> new StatusChanges(state(ctx))
                .revoke(caller(ctx), sha256, reasonCode, reasonText));
    }

    /** Marks a document of the caller's region as superseded by an ACTIVE one of the same issuer. */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String supersede(Context ctx, String sha256, String replacementSha256) {
        return withRefusalCodes(() -> new StatusChanges(state(ctx)).supersede(caller(ctx), sha256, replacementSha256));
    }

    /**
     * Anchors the head of an audit trail of the caller's region: the sequence number of the trail's latest entry
     * and that entry's chained SHA-256 (lowercase hex).
     */
    @Transaction(intent = Transaction.TYPE.SUBMIT)
    public String anchorAuditHead(Context ctx, String trail, String sequence, String hash) {
        return withRefusalCodes(() -> auditTrail(ctx).anchor(caller(ctx), trail, sequence, hash));
    }

    /** Every head of the audit trail that the region (by MSP id) anchored, oldest first. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String auditHeads(Context ctx, String msp, String trail) {
        return withRefusalCodes(() -> auditTrail(ctx).history(msp, trail));
    }

    /** The document record anchored with this SHA-256 (lowercase hex). */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String findByDigest(Context ctx, String sha256) {
        return withRefusalCodes(() -> new Queries(state(ctx)).findByDigest(sha256));
    }

    /** The document record anchored with this licence identifier or material id. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String findById(Context ctx, String documentId) {
        return withRefusalCodes(() -> new Queries(state(ctx)).findById(documentId));
    }

    /**
     * A verification's evidence (核验依据) for this SHA-256: the record, its batch, its issuer's registry entry and
     * its seal.
     */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String findEvidence(Context ctx, String sha256) {
        return withRefusalCodes(() -> new Queries(state(ctx)).findEvidence(sha256));
    }

    /** A verification's evidence for this licence identifier or material id. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String findEvidenceById(Context ctx, String documentId) {
        return withRefusalCodes(() -> new Queries(state(ctx)).findEvidenceById(documentId));
    }

    /** Every version of the document record anchored with this SHA-256. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String history(Context ctx, String sha256) {
        return withRefusalCodes(() -> new Queries(state(ctx)).history(sha256));
    }

    /** The batch record, with the Merkle root inclusion proofs are checked against. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String findBatch(Context ctx, String batchId) {
        return withRefusalCodes(() -> new Queries(state(ctx)).findBatch(batchId));
    }

    /** The department registered with this unified social credit code. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String findDepartment(Context ctx, String uscc) {
        return withRefusalCodes(() -> new Queries(state(ctx)).findDepartment(uscc));
    }

    /** The seal certificate registered with this fingerprint. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String findSeal(Context ctx, String fingerprint) {
        return withRefusalCodes(() -> new Queries(state(ctx)).findSeal(fingerprint));
    }

    /** The joined regions. */
    @Transaction(intent = Transaction.TYPE.EVALUATE)
    public String listRegions(Context ctx) {
        return withRefusalCodes(() -> new Queries(state(ctx)).listRegions());
    }

    private static Caller caller(Context ctx) {
        return Caller.of(ctx.getClientIdentity());
    }

    private static LedgerState state(Context ctx) {
        return new LedgerState(ctx.getStub());
    }

    private Anchoring anchoring(Context ctx) {
        LedgerState state = state(ctx);
        Regions regions = new Regions(state);
        return new Anchoring(state, new IssuerRegistry(state, regions), regions, maxBatchEntries);
    }

    private static AuditHeads auditTrail(Context ctx) {
        LedgerState state = state(ctx);
        return new AuditHeads(state, new Regions(state));
    }

    private static IssuerRegistry registry(Context ctx) {
        LedgerState state = state(ctx);
        return new IssuerRegistry(state, new Regions(state));
    }
}
