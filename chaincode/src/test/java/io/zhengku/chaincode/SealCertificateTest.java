package io.zhengku.chaincode;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.core.anchor.RefusalCode;
import io.zhengku.core.testing.Mutations;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.hyperledger.fabric.shim.ChaincodeException;
import org.junit.jupiter.api.Test;

class SealCertificateTest {

    private static final String PEM = Samples.SH_MARKET_SEAL_PEM;

    @Test
    void a_registered_seal_certificate_is_read_with_its_fingerprint_and_curve() {
        SealCertificate seal = SealCertificate.fromPem(PEM);

        assertThat(seal.fingerprint()).isEqualTo(Samples.SH_MARKET_SEAL);
        assertThat(seal.algorithm()).isEqualTo(SealAlgorithm.SM2);
    }

    @Test
    void a_mutated_certificate_is_refused_with_a_code_never_a_crash() {
        byte[] der = Base64.getMimeDecoder().decode(PEM.replaceAll("-----[A-Z ]+-----", ""));

        Mutations.assertParserRefuses(List.of(ChaincodeException.class), Mutations.of(der, 20261127L), variant -> {
            try {
                SealCertificate.fromPem("-----BEGIN CERTIFICATE-----\n"
                        + Base64.getMimeEncoder().encodeToString(variant) + "\n-----END CERTIFICATE-----\n");
            } catch (ChaincodeException refused) {
                assertThat(RefusalCode.named(new String(refused.getPayload(), StandardCharsets.UTF_8))).isPresent();
                throw refused;
            }
        });
    }
}
