package io.zhengku.bench.issuance;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One licence issuance request, made before timing: its number, the size of its PDF, and the whole
 * {@code multipart/form-data} body (parts {@code metadata} and {@code file}), built by hand.
 */
public record Upload(String number, int pdfBytes, byte[] body) {

    /** The boundary of every body; the PDFs' hex text and headers cannot contain it. */
    static final String BOUNDARY = "zhengku-bench-7c1f0e9a4b2d";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;

    static final String TYPE_CODE = "11100000000013338W011";
    private static final String METADATA = """
            {"typeCode":"%s","number":"%s","holderName":"上海某某科技有限公司",\
            "holderCode":"91310101MA1FPX121X","holderCodeType":"001","validFrom":"2026-01-01",\
            "validUntil":"2046-01-01"}""";

    public Upload {
        requireNonNull(number, "number");
        requireNonNull(body, "body");
    }

    /** {@code count} uploads numbered {@code <prefix>-000001}...; unique PDFs from {@code pdfs}. */
    static List<Upload> make(String prefix, int count, LicencePdfs pdfs) {
        List<Upload> uploads = new ArrayList<>(count);
        for (int i = 1; i <= count; i++) {
            uploads.add(of(prefix + "-" + String.format("%06d", i), pdfs));
        }
        return uploads;
    }

    /** The upload of a licence numbered {@code number}, with a unique PDF from {@code pdfs}. */
    public static Upload of(String number, LicencePdfs pdfs) {
        byte[] pdf = pdfs.next(number);
        return new Upload(number, pdf.length, body(metadata(number), pdf));
    }

    /** The metadata JSON of the licence numbered {@code number}. */
    static String metadata(String number) {
        return METADATA.formatted(TYPE_CODE, number);
    }

    private static byte[] body(String metadata, byte[] pdf) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 1024);
        write(out, "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"metadata\"\r\n"
                + "Content-Type: application/json; charset=UTF-8\r\n\r\n"
                + metadata + "\r\n"
                + "--" + BOUNDARY + "\r\n"
                + "Content-Disposition: form-data; name=\"file\"; filename=\"licence.pdf\"\r\n"
                + "Content-Type: application/pdf\r\n\r\n");
        out.writeBytes(pdf);
        write(out, "\r\n--" + BOUNDARY + "--\r\n");
        return out.toByteArray();
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
