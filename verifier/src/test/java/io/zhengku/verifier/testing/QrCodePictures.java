package io.zhengku.verifier.testing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import javax.imageio.ImageIO;

/** Pictures of 亮证 QR codes as a relying party receives them: screenshots, or photos with a margin. */
public final class QrCodePictures {

    private QrCodePictures() {
    }

    /** The token as a QR code, scaled up, on a grey margin, optionally as a lossy JPEG (a photo). */
    public static byte[] of(String token, String format, int margin) throws Exception {
        BitMatrix matrix = new QRCodeWriter().encode(token, BarcodeFormat.QR_CODE, 0, 0,
                Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4));
        int scale = 4;
        int size = matrix.getWidth() * scale + 2 * margin;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(new Color(0xB0B0B0));
        graphics.fillRect(0, 0, size, size);
        for (int y = 0; y < matrix.getHeight(); y++) {
            for (int x = 0; x < matrix.getWidth(); x++) {
                graphics.setColor(matrix.get(x, y) ? Color.BLACK : Color.WHITE);
                graphics.fillRect(margin + x * scale, margin + y * scale, scale, scale);
            }
        }
        graphics.dispose();
        return encode(image, format);
    }

    public static byte[] encode(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, format, out);
        return out.toByteArray();
    }
}
