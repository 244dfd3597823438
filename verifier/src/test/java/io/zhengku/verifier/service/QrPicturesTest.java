package io.zhengku.verifier.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.verifier.testing.QrCodePictures;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class QrPicturesTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    /** A token's length (a business licence disclosing one field); its bytes are random, as a signature's are. */
    private static String tokenLike() {
        byte[] bytes = new byte[640];
        RANDOM.nextBytes(bytes);
        return "ZK1." + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    @Test
    void every_one_of_two_hundred_clean_screenshots_of_a_token_is_read() throws Exception {
        List<String> unread = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String token = tokenLike();
            try {
                assertThat(QrPictures.read(QrCodePictures.of(token, "png", 0))).isEqualTo(token);
            } catch (RuntimeException e) {
                unread.add(e.getMessage());
            }
        }

        assertThat(unread).isEmpty();
    }
}
