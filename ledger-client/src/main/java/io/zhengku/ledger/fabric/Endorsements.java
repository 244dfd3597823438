package io.zhengku.ledger.fabric;

import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.LedgerException.Reason;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.hyperledger.fabric.sdk.Peer;
import org.hyperledger.fabric.sdk.ProposalResponse;
import org.hyperledger.fabric.sdk.SDKUtils;

/** The answers of the peers asked to endorse one proposal. */
final class Endorsements {

    private final String function;
    private final List<Endorsement> answers;

    private Endorsements(String function, List<Endorsement> answers) {
        this.function = function;
        this.answers = answers;
    }

    static Endorsements of(List<ProposalResponse> responses, String function) {
        return new Endorsements(function, responses.stream().map(Endorsement::of).toList());
    }

    boolean reachedAll() {
        return answers.stream().allMatch(Endorsement::reached);
    }

    boolean ownPeerFailed(Peer ownPeer) {
        return answers.stream().anyMatch(answer -> !answer.reached() && answer.peer().equals(ownPeer.getUrl()));
    }

    LedgerException unavailable() {
        String unreached = answers.stream().filter(answer -> !answer.reached())
                .map(answer -> answer.peer() + " (" + answer.message() + ")").collect(Collectors.joining(", "));
        return new LedgerException(Reason.UNAVAILABLE, true, transactionId(), "could not reach " + unreached
                + " to endorse " + function + "; every write needs the own region's peer and one other region's", null);
    }

    /**
     * The endorsements, once every peer endorsed with the same result; a contract refusal from any of them is
     * thrown as it is.
     */
    List<ProposalResponse> requireAgreement() throws LedgerException {
        List<ProposalResponse> endorsed = new ArrayList<>();
        for (Endorsement answer : answers) {
            answer.requireSuccess(function, transactionId());
            endorsed.add(answer.response());
        }
        Set<ProposalResponse> invalid = new HashSet<>();
        try {
            if (SDKUtils.getProposalConsistencySets(endorsed, invalid).size() != 1 || !invalid.isEmpty()) {
                throw new LedgerException(Reason.ENDORSEMENT_FAILURE, true, transactionId(), "the peers computed"
                        + " different results for " + function + "; their ledgers may differ for a moment: try again", null);
            }
        } catch (org.hyperledger.fabric.sdk.exception.InvalidArgumentException e) {
            throw new LedgerException(Reason.ENDORSEMENT_FAILURE, true, transactionId(), "the endorsements of "
                    + function + " cannot be compared: " + e.getMessage(), e);
        }
        return endorsed;
    }

    private String transactionId() {
        return answers.isEmpty() ? null : answers.get(0).response().getTransactionID();
    }
}
