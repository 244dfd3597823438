package io.zhengku.signing.ses;

import io.zhengku.signing.TestPki;
import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.imageio.ImageIO;
import org.bouncycastle.asn1.x500.X500Name;

/** A seal maker, a seal for the demo department's SM2 key, and the times around them. */
final class SesFixtures {

    static final SealCredential MAKER = TestPki.SHANGHAI.issue(
            new X500Name("C=CN, ST=Shanghai, O=Zhengku development PKI, CN=Shanghai seal maker"),
            SealAlgorithm.SM2_SM3, TestPki.ISSUED, Duration.ofDays(3 * 365));
    static final SealCredential SIGNER = TestPki.seal(SealAlgorithm.SM2_SM3);
    static final Instant SEAL_VALID_UNTIL = TestPki.ISSUED.plus(Duration.ofDays(365));
    static final SesSeal SEAL = new SesSealMaker(MAKER, TestPki.clockAt(TestPki.ISSUED)).make(description());

    private SesFixtures() {
    }

    static SealDescription description() {
        return new SealDescription("31010100000001", "行政审批专用章", List.of(SIGNER.certificate()),
                TestPki.ISSUED, SEAL_VALID_UNTIL, SesPictureInfo.png(redCircle(), 40, 40));
    }

    /** A 32-pixel red ring: enough of a seal picture to carry through the structures. */
    static byte[] redCircle() {
        BufferedImage image = new BufferedImage(32, 32, BufferedImage.TYPE_INT_ARGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(Color.RED);
        graphics.drawOval(1, 1, 29, 29);
        graphics.dispose();
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png.toByteArray();
    }
}
