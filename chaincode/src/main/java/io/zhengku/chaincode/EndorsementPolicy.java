package io.zhengku.chaincode;

import java.util.ArrayList;
import java.util.List;
import org.hyperledger.fabric.protos.common.MSPPrincipal;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.common.SignaturePolicy;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;

/**
 * Key-level endorsement policies (键级背书策略). A record written for a region must later be endorsed by a peer
 * of that region AND a peer of at least one other region: the owner alone cannot rewrite it, and no other
 * region can change it without the owner. The shim's {@code StateBasedEndorsement} only expresses "every
 * listed org", so the {@code SignaturePolicyEnvelope} is built here from the Fabric protos.
 */
final class EndorsementPolicy {

    private EndorsementPolicy() {
    }

    /**
     * {@code AND('<owner>.peer', OutOf(1, '<other 1>.peer', ...))} as the serialized envelope that
     * {@code ChaincodeStub.setStateValidationParameter} takes.
     *
     * @param ownerMsp the region that owns the key
     * @param otherMsps the other regions, at least one, in a fixed order so that every peer builds the same
     *     bytes
     */
    static byte[] ownerAndOneOther(String ownerMsp, List<String> otherMsps) {
        if (otherMsps.isEmpty() || otherMsps.contains(ownerMsp)) {
            throw new IllegalArgumentException("need at least one other region than " + ownerMsp);
        }
        SignaturePolicyEnvelope.Builder envelope = SignaturePolicyEnvelope.newBuilder()
                .setVersion(0)
                .addIdentities(peerOf(ownerMsp));
        List<SignaturePolicy> others = new ArrayList<>(otherMsps.size());
        for (String other : otherMsps) {
            others.add(signedBy(envelope.getIdentitiesCount()));
            envelope.addIdentities(peerOf(other));
        }
        return envelope.setRule(outOf(2, List.of(signedBy(0), outOf(1, others)))).build().toByteArray();
    }

    private static MSPPrincipal peerOf(String msp) {
        MSPRole role = MSPRole.newBuilder().setMspIdentifier(msp).setRole(MSPRole.MSPRoleType.PEER).build();
        return MSPPrincipal.newBuilder()
                .setPrincipalClassification(MSPPrincipal.Classification.ROLE)
                .setPrincipal(role.toByteString())
                .build();
    }

    private static SignaturePolicy signedBy(int identityIndex) {
        return SignaturePolicy.newBuilder().setSignedBy(identityIndex).build();
    }

    private static SignaturePolicy outOf(int n, List<SignaturePolicy> rules) {
        return SignaturePolicy.newBuilder()
                .setNOutOf(SignaturePolicy.NOutOf.newBuilder().setN(n).addAllRules(rules))
                .build();
    }
}
