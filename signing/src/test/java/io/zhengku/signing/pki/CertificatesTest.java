package io.zhengku.signing.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.signing.TestPki;
import io.zhengku.signing.key.SealAlgorithm;
import java.security.cert.CertificateException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CertificatesTest {

    private static final byte[] DER = encoded();

    private static byte[] encoded() {
        try {
            return TestPki.seal(SealAlgorithm.SM2_SM3).certificate().getEncoded();
        } catch (java.security.cert.CertificateEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void a_der_certificate_parses_to_the_same_bytes() throws Exception {
        assertThat(Certificates.parse(DER).getEncoded()).isEqualTo(DER);
    }

    @Test
    void a_ber_spelling_of_the_same_certificate_is_refused() {
        // The basic-constraints extension's critical flag: BOOLEAN TRUE is 01 01 FF in DER; 01 01 DD is BER.
        byte[] ber = DER.clone();
        int at = indexOf(ber, new byte[] {0x01, 0x01, (byte) 0xFF});
        assertThat(at).isPositive();
        ber[at + 2] = (byte) 0xDD;

        assertThatThrownBy(() -> Certificates.parse(ber)).isInstanceOf(CertificateException.class)
                .hasMessageContaining("DER");
    }

    @Test
    void bytes_after_the_certificate_are_refused() {
        byte[] longer = Arrays.copyOf(DER, DER.length + 1);

        assertThatThrownBy(() -> Certificates.parse(longer)).isInstanceOf(CertificateException.class);
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
                return i;
            }
        }
        return -1;
    }
}
