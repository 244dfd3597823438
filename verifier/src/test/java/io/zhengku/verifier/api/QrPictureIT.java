package io.zhengku.verifier.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.testkit.Zbar;
import io.zhengku.verifier.testing.AnchoredLicences.Licence;
import io.zhengku.verifier.testing.QrCodePictures;
import io.zhengku.verifier.testing.VerifierApiTest;
import io.zhengku.verifier.testing.VerifierClient.Answer;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/verify/qr}: a picture of a 亮证 QR code, read back to its token and verified. */
@MicronautTest
class QrPictureIT extends VerifierApiTest {

    @Test
    void a_screenshot_and_a_jpeg_photo_of_the_code_verify_like_the_pasted_token() throws Exception {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        String first = licence.token(Set.of("holderName"), Optional.empty(), Clock.systemUTC());
        String second = licence.token(Set.of("validUntil"), Optional.empty(), Clock.systemUTC());

        Answer screenshot = verifier.verifyQrPicture(QrCodePictures.of(first, "png", 0));
        Answer photo = verifier.verifyQrPicture(QrCodePictures.of(second, "jpg", 25));
        Answer again = verifier.verifyQrPicture(QrCodePictures.of(first, "png", 0));

        assertThat(screenshot.verdict()).as(screenshot.toString()).isEqualTo("VALID");
        assertThat(screenshot.body().get("disclosed").toString()).contains("上海示例科技有限公司");
        assertThat(photo.verdict()).as(photo.toString()).isEqualTo("VALID");
        assertThat(again.reason()).isEqualTo("TOKEN_REPLAYED");
    }

    @Test
    void a_code_read_by_zbarimg_verifies_once_and_with_one_changed_character_is_refused() throws Exception {
        Licence licence = anchored(DocumentStatus.ACTIVE);
        String token = licence.token(Set.of("holderName"), Optional.empty(), Clock.systemUTC());

        String scanned = Zbar.read(QrCodePictures.of(token, "png", 0));
        int at = scanned.length() - 3;
        String changed = scanned.substring(0, at) + (scanned.charAt(at) == 'x' ? 'y' : 'x') + scanned.substring(at + 1);

        assertThat(scanned).isEqualTo(token);
        assertThat(verifier.verifyToken(changed).reason()).isIn("TOKEN_TAMPERED", "TOKEN_MALFORMED");
        assertThat(verifier.verifyToken(scanned).verdict()).isEqualTo("VALID");
        assertThat(verifier.verifyToken(scanned).reason()).isEqualTo("TOKEN_REPLAYED");
    }

    @Test
    void a_picture_without_a_code_or_that_is_no_image_is_refused_saying_what_to_do() throws Exception {
        BufferedImage blank = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Answer noCode = verifier.verifyQrPicture(QrCodePictures.encode(blank, "png"));
        Answer notImage = verifier.verifyQrPicture("%PDF-1.7 a document".getBytes(StandardCharsets.US_ASCII));

        assertThat(noCode.status()).isEqualTo(422);
        assertThat(noCode.code()).isEqualTo("qr-not-found");
        assertThat((String) noCode.body().get("detail")).contains("paste");
        assertThat(notImage.code()).isEqualTo("qr-picture-unreadable");
    }

    @Test
    void a_small_file_claiming_a_huge_image_is_refused_before_it_is_decoded() {
        Answer bomb = verifier.verifyQrPicture(pngClaiming(100_000, 100_000));

        assertThat(bomb.status()).isEqualTo(422);
        assertThat(bomb.code()).isEqualTo("qr-picture-too-large");
    }

    /** A PNG signature and an IHDR chunk claiming {@code width} x {@code height} pixels, and nothing else. */
    private static byte[] pngClaiming(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes(StandardCharsets.US_ASCII)).putInt(width)
                .putInt(height).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        return ByteBuffer.allocate(8 + 4 + 17 + 4).put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'})
                .putInt(13).put(ihdr.array()).putInt((int) crc.getValue()).array();
    }
}
