package io.zhengku.chaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HexFormat;
import java.util.List;
import org.hyperledger.fabric.protos.common.MSPPrincipal;
import org.hyperledger.fabric.protos.common.MSPRole;
import org.hyperledger.fabric.protos.common.SignaturePolicy;
import org.hyperledger.fabric.protos.common.SignaturePolicyEnvelope;
import org.junit.jupiter.api.Test;

class EndorsementPolicyTest {

    @Test
    void the_policy_needs_the_owner_and_one_of_the_other_regions() throws Exception {
        byte[] policy = EndorsementPolicy.ownerAndOneOther("ShanghaiMSP", List.of("JiangsuMSP", "ZhejiangMSP"));

        SignaturePolicyEnvelope envelope = SignaturePolicyEnvelope.parseFrom(policy);
        assertThat(envelope.getIdentitiesList()).extracting(EndorsementPolicyTest::peerMsp)
                .containsExactly("ShanghaiMSP", "JiangsuMSP", "ZhejiangMSP");
        SignaturePolicy rule = envelope.getRule();
        assertThat(rule.getNOutOf().getN()).isEqualTo(2);
        assertThat(rule.getNOutOf().getRules(0).getSignedBy()).isZero();
        SignaturePolicy others = rule.getNOutOf().getRules(1);
        assertThat(others.getNOutOf().getN()).isEqualTo(1);
        assertThat(others.getNOutOf().getRulesList()).extracting(SignaturePolicy::getSignedBy).containsExactly(1, 2);
    }

    @Test
    void the_policy_bytes_are_golden() {
        byte[] policy = EndorsementPolicy.ownerAndOneOther("ShanghaiMSP", List.of("JiangsuMSP", "ZhejiangMSP"));

        assertThat(HexFormat.of().formatHex(policy)).isEqualTo("12161214080212020800120c120a080112020801120208021a11120f0a0b"
                + "5368616e676861694d535010031a10120e0a0a4a69616e6773754d535010031a11120f0a0b5a68656a69616e674d53501003");
    }

    @Test
    void a_policy_without_another_region_cannot_be_built() {
        assertThatThrownBy(() -> EndorsementPolicy.ownerAndOneOther("ShanghaiMSP", List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> EndorsementPolicy.ownerAndOneOther("ShanghaiMSP", List.of("ShanghaiMSP")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static String peerMsp(MSPPrincipal principal) throws Exception {
        assertThat(principal.getPrincipalClassification()).isEqualTo(MSPPrincipal.Classification.ROLE);
        MSPRole role = MSPRole.parseFrom(principal.getPrincipal());
        assertThat(role.getRole()).isEqualTo(MSPRole.MSPRoleType.PEER);
        return role.getMspIdentifier();
    }
}
