package io.zhengku.vault.presentation;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws a presentation token as a QR code PNG. Error correction M (15 %) keeps a token of up to 2,000
 * characters within one code (version 40-M holds 2,331 bytes) while surviving a scratched phone screen.
 */
final class QrCodes {

    /** Pixels per module: large enough for a phone camera at arm's length, small enough to send. */
    private static final int MODULE_PIXELS = 4;
    private static final int QUIET_ZONE_MODULES = 4;

    private QrCodes() {
    }

    static byte[] png(String text) {
        try {
            BitMatrix modules = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, Map.of(
                    EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                    EncodeHintType.MARGIN, QUIET_ZONE_MODULES));
            BufferedImage image = new BufferedImage(modules.getWidth() * MODULE_PIXELS,
                    modules.getHeight() * MODULE_PIXELS, BufferedImage.TYPE_BYTE_BINARY);
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    boolean dark = modules.get(x / MODULE_PIXELS, y / MODULE_PIXELS);
                    image.setRGB(x, y, dark ? 0xFF000000 : 0xFFFFFFFF);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return png.toByteArray();
        } catch (WriterException e) {
            throw new IllegalArgumentException("the token does not fit in one QR code: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a PNG in memory", e);
        }
    }
}
