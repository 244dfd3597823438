package io.zhengku.chaincode;

import static io.zhengku.chaincode.RefusalAssertions.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.zhengku.core.anchor.RefusalCode;
import org.hyperledger.fabric.contract.ClientIdentity;
import org.junit.jupiter.api.Test;

class CallerTest {

    @Test
    void a_certificate_with_the_admin_unit_is_a_region_admin() {
        Caller caller = Caller.of(identity("ShanghaiMSP", "admin"));

        assertThat(caller).isEqualTo(new Caller("ShanghaiMSP", true));
    }

    @Test
    void client_and_peer_certificates_are_not_admins() {
        assertThat(Caller.of(identity("ShanghaiMSP", "client")).admin()).isFalse();
        assertThat(Caller.of(identity("ShanghaiMSP", "peer")).admin()).isFalse();
        assertThat(Caller.of(identity("ShanghaiMSP", "Admin")).admin()).isFalse();
    }

    @Test
    void an_identity_without_an_x509_certificate_is_not_an_admin() {
        ClientIdentity identity = mock(ClientIdentity.class);
        when(identity.getMSPID()).thenReturn("ShanghaiMSP");

        assertRefused(() -> Caller.of(identity).requireAdmin("register a department"), RefusalCode.NOT_REGION_ADMIN);
    }

    @Test
    void a_caller_of_another_region_is_foreign() {
        Caller zhejiang = new Caller("ZhejiangMSP", true);

        assertRefused(() -> zhejiang.requireRegion("ShanghaiMSP", "document 01"), RefusalCode.FOREIGN_REGION)
                .hasMessageContaining("only ShanghaiMSP may");
    }

    private static ClientIdentity identity(String msp, String unit) {
        ClientIdentity identity = mock(ClientIdentity.class);
        when(identity.getMSPID()).thenReturn(msp);
        when(identity.getX509Certificate()).thenReturn(TestPki.clientCertificate(msp, unit));
        return identity;
    }
}
