package io.zhengku.verifier.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.micronaut.http.HttpStatus;
import io.zhengku.problem.ProblemException;

/**
 * Hostile bytes against the QR picture reader, which decodes whatever picture a relying party uploads: it reads a
 * QR code's text or refuses with a 422 {@code qr-picture-unreadable}, {@code qr-picture-too-large} or
 * {@code qr-not-found}. Any other throwable fails the test and Jazzer keeps the input under
 * {@code QrPicturesFuzzTestInputs/} as a regression case.
 */
class QrPicturesFuzzTest {

    @FuzzTest
    void any_bytes_are_read_as_a_qr_code_or_refused_as_no_readable_picture(byte[] picture) {
        try {
            assertThat(QrPictures.read(picture)).isNotNull();
        } catch (ProblemException refused) {
            assertThat(refused.status().getCode()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY.getCode());
            assertThat(refused.code()).isIn("qr-picture-unreadable", "qr-picture-too-large", "qr-not-found");
        }
    }
}
