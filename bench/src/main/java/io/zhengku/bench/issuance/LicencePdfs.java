package io.zhengku.bench.issuance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.SplittableRandom;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDPageContentStream.AppendMode;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * One-page licence PDFs of about a target size, each unique: a title naming the licence number, then lines of
 * random hex in an uncompressed content stream, as many as bring the file to the target. The line count is
 * calibrated once from two sample files, so every file is within a line (about 140 bytes) of the target.
 */
public final class LicencePdfs {

    private static final int HEX_BYTES_PER_LINE = 64;
    private static final float FONT_SIZE = 4;
    private static final float LEADING = 5;
    private static final int CALIBRATION_LINES = 50;

    private final PDType1Font title = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private final PDType1Font body = new PDType1Font(Standard14Fonts.FontName.COURIER);
    private final SplittableRandom random;
    private final int lines;

    public LicencePdfs(int targetBytes, long seed) {
        this.random = new SplittableRandom(seed);
        int empty = make("calibration", 0).length;
        int sample = make("calibration", CALIBRATION_LINES).length;
        double perLine = (sample - empty) / (double) CALIBRATION_LINES;
        this.lines = Math.max(0, (int) Math.round((targetBytes - empty) / perLine));
    }

    /** A new PDF whose title names {@code number}; no two calls give the same bytes. */
    byte[] next(String number) {
        return make(number, lines);
    }

    private byte[] make(String number, int hexLines) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page, AppendMode.OVERWRITE, false)) {
                content.beginText();
                content.setFont(title, 14);
                content.newLineAtOffset(72, 740);
                content.showText("Business licence " + number);
                content.setFont(body, FONT_SIZE);
                content.setLeading(LEADING);
                content.newLine();
                content.newLine();
                byte[] noise = new byte[HEX_BYTES_PER_LINE];
                for (int i = 0; i < hexLines; i++) {
                    random.nextBytes(noise);
                    content.showText(HexFormat.of().formatHex(noise));
                    content.newLine();
                }
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a benchmark PDF", e);
        }
    }
}
