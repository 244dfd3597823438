package io.zhengku.chaincode;

import io.zhengku.core.anchor.AnchorBatchException;
import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.core.json.InvalidFieldException;
import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;
import org.hyperledger.fabric.shim.ChaincodeException;

/**
 * How the contract refuses a call with core's {@link RefusalCode}: the code's name is the
 * {@link ChaincodeException} payload (UTF-8) and also starts the message ({@code "TYPE_NOT_REGISTERED: ..."}),
 * because the Fabric Gateway hands clients the message of a failed endorsement but not always its payload.
 *
 * <pre>{@code
 * throw Refusals.refuse(RefusalCode.NOT_FOUND, "no document is anchored with SHA-256 " + hex);
 * }</pre>
 */
final class Refusals {

    private Refusals() {
    }

    /**
     * The exception that refuses the call with {@code code}.
     *
     * @param message what was wrong and what to do about it
     */
    static ChaincodeException refuse(RefusalCode code, String message) {
        return new ChaincodeException(code.name() + ": " + message, code.name().getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Runs a transaction, refusing what the core model refused with the contract's codes: an
     * {@link InvalidFieldException} as {@link RefusalCode#INVALID_ARGUMENT}, an {@link AnchorBatchException} as
     * the code of its reason. The core message already says what was wrong and what to do, so it is kept.
     * Every transaction goes through here, so no core exception reaches Fabric without a code.
     */
    static String withRefusalCodes(Supplier<String> transaction) {
        try {
            return transaction.get();
        } catch (InvalidFieldException e) {
            throw refuse(RefusalCode.INVALID_ARGUMENT, e.getMessage());
        } catch (AnchorBatchException e) {
            throw refuse(codeOf(e.reason()), e.getMessage());
        }
    }

    /**
     * The same refusal with {@code context} (e.g. {@code "batch entry 7"}) put in front of its message, so
     * a value's own check need not know where the value came from.
     */
    static ChaincodeException within(String context, ChaincodeException refusal) {
        RefusalCode code = RefusalCode.valueOf(new String(refusal.getPayload(), StandardCharsets.UTF_8));
        return refuse(code, context + ": " + refusal.getMessage().substring(code.name().length() + 2));
    }

    private static RefusalCode codeOf(AnchorBatchException.Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> RefusalCode.BATCH_TOO_LARGE;
            case DUPLICATE_ENTRY -> RefusalCode.DUPLICATE_IN_BATCH;
            case ROOT_MISMATCH -> RefusalCode.BATCH_ROOT_MISMATCH;
        };
    }
}
