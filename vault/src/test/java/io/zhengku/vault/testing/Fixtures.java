package io.zhengku.vault.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Files and metadata for the vault's tests, made in code. */
public final class Fixtures {

    public static final String SHANGHAI_SAMR = "113101010024795883";
    public static final String SHANGHAI_HEALTH = "11310101002479609K";
    public static final String HANGZHOU_SAMR = "11330100002489137M";
    public static final String BUSINESS_LICENCE = "11100000000013338W011";
    public static final String IDENTITY_MATERIAL = "11100000000013338M001";
    /** A business, as holder: a valid unified social credit code. */
    public static final String HOLDER_BUSINESS = "91310101MA1FPX121X";

    private Fixtures() {
    }

    /**
     * Marks this run's files: the channel keeps every digest anchored by earlier runs, and a file anchored
     * before is not a new document.
     */
    private static final String RUN = Long.toString(System.currentTimeMillis(), 36);

    /** A one-page PDF whose text (and this run) makes it unique; the same text gives the same bytes in a run. */
    public static byte[] pdf(String text) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText(text + " (run " + RUN + ")");
                content.endText();
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String licenceMetadata(String number) {
        return licenceMetadata(BUSINESS_LICENCE, number, HOLDER_BUSINESS, "001");
    }

    public static String licenceMetadata(String typeCode, String number, String holderCode, String holderCodeType) {
        return """
                {"typeCode":"%s","number":"%s","name":"营业执照","holderName":"上海某某科技有限公司",\
                "holderCode":"%s","holderCodeType":"%s","validFrom":"2026-01-01","validUntil":"2046-01-01",\
                "extensions":{"KZ_REGISTERED_CAPITAL":"100万元"}}""".formatted(typeCode, number, holderCode,
                holderCodeType);
    }

    public static String materialMetadata() {
        return """
                {"typeCode":"%s","name":"租赁合同","holderName":"上海某某科技有限公司","holderCode":"%s",\
                "holderCodeType":"001"}""".formatted(IDENTITY_MATERIAL, HOLDER_BUSINESS);
    }
}
