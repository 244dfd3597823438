package io.zhengku.ledger.fabric;

import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.LedgerException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.hyperledger.fabric.protos.peer.ProposalResponsePackage;
import org.hyperledger.fabric.sdk.ChaincodeResponse;
import org.hyperledger.fabric.sdk.ProposalResponse;

/**
 * One peer's answer to a proposal, read once: reached or not, the contract's result or its refusal (the
 * refusal code travels as the error response's payload, see the chaincode's {@code Refusals}).
 *
 * @param peer the peer's name
 * @param response the SDK's response
 * @param reached whether the peer answered at all
 * @param succeeded whether it endorsed, with a signature that checks
 * @param status the response status (200 for success, 500 for a contract refusal), 0 when not reached
 * @param message the peer's message, or why it was not reached
 * @param payload the result, or the refusal code
 */
record Endorsement(String peer, ProposalResponse response, boolean reached, boolean succeeded, int status,
                   String message, byte[] payload) {

    /** How a peer words a proposal whose contract ran and answered an error. */
    private static final String CONTRACT_FAILED = "transaction returned with failure";

    static Endorsement of(ProposalResponse response) {
        ProposalResponsePackage.ProposalResponse raw = response.getProposalResponse();
        String peer = response.getPeer() == null ? "?" : response.getPeer().getUrl();
        if (raw == null) {
            return new Endorsement(peer, response, false, false, 0, String.valueOf(response.getMessage()), new byte[0]);
        }
        boolean succeeded = response.getStatus() == ChaincodeResponse.Status.SUCCESS && response.isVerified();
        return new Endorsement(peer, response, true, succeeded, raw.getResponse().getStatus(),
                raw.getResponse().getMessage(), raw.getResponse().getPayload().toByteArray());
    }

    /**
     * The contract's refusal: an error response of the contract, whose payload names a code (or, if it names
     * none, its text). An error of the peer's own, such as a chaincode server it cannot reach, is none: it is an
     * endorsement failure, worth trying again.
     */
    Optional<LedgerException> refusal(String transactionId) {
        if (!reached || status < 400 || !fromContract()) {
            return Optional.empty();
        }
        return Optional.of(LedgerException.contractRefusal(new String(payload, StandardCharsets.UTF_8).strip(), message, transactionId));
    }

    /**
     * Whether the contract itself answered the error: ours always names its code as the payload, and the peer
     * says "transaction returned with failure" when a contract's answer was an error. When the peer could not run
     * the contract at all ("could not launch chaincode ...: error creating grpc connection"), neither holds.
     */
    private boolean fromContract() {
        return payload.length > 0 || message.contains(CONTRACT_FAILED);
    }

    boolean isNotFound() {
        return refusal(null).filter(refusal -> refusal.isRefusedWith(RefusalCode.NOT_FOUND)).isPresent();
    }

    /** The result as text, or the failure as a {@link LedgerException}. */
    String requireSuccess(String function, String transactionId) throws LedgerException {
        if (succeeded) {
            return new String(payload, StandardCharsets.UTF_8);
        }
        Optional<LedgerException> refused = refusal(transactionId);
        if (refused.isPresent()) {
            throw refused.get();
        }
        if (!reached) {
            throw new LedgerException(Reason.UNAVAILABLE, true, transactionId, peer + " did not answer " + function
                    + ": " + message, null);
        }
        throw new LedgerException(Reason.ENDORSEMENT_FAILURE, true, transactionId, peer + " did not endorse "
                + function + " (status " + status + ", signature " + (response.isVerified() ? "valid" : "not valid")
                + "): " + message, null);
    }
}
