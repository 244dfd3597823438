package io.zhengku.bench.issuance;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One bulk issuance request, made before timing: the numbers of its licences, their PDFs' sizes, and the whole
 * {@code multipart/form-data} body (a {@code manifest} part, then one part per licence), built by hand.
 */
public record BulkUpload(List<String> numbers, int[] pdfBytes, byte[] body) {

    public BulkUpload {
        numbers = List.copyOf(numbers);
        requireNonNull(pdfBytes, "pdfBytes");
        requireNonNull(body, "body");
    }

    /** {@code count} licences numbered {@code <prefix>-000001}..., {@code chunk} to a request. */
    public static List<BulkUpload> make(String prefix, int count, int chunk, LicencePdfs pdfs) {
        List<BulkUpload> uploads = new ArrayList<>();
        for (int from = 1; from <= count; from += chunk) {
            List<String> numbers = new ArrayList<>();
            for (int i = from; i < from + chunk && i <= count; i++) {
                numbers.add(prefix + "-" + String.format("%06d", i));
            }
            uploads.add(of(numbers, pdfs));
        }
        return uploads;
    }

    private static BulkUpload of(List<String> numbers, LicencePdfs pdfs) {
        StringBuilder manifest = new StringBuilder("{\"items\":[");
        for (int i = 0; i < numbers.size(); i++) {
            manifest.append(i == 0 ? "" : ",").append("{\"part\":\"licence-").append(i).append("\",\"metadata\":")
                    .append(Upload.metadata(numbers.get(i))).append('}');
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(numbers.size() * (IssuanceBench.PDF_BYTES + 512));
        write(out, "--" + Upload.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"manifest\"\r\n"
                + "Content-Type: application/json; charset=UTF-8\r\n\r\n" + manifest.append("]}") + "\r\n");
        int[] sizes = new int[numbers.size()];
        for (int i = 0; i < numbers.size(); i++) {
            byte[] pdf = pdfs.next(numbers.get(i));
            sizes[i] = pdf.length;
            write(out, "--" + Upload.BOUNDARY + "\r\nContent-Disposition: form-data; name=\"licence-" + i
                    + "\"; filename=\"licence.pdf\"\r\nContent-Type: application/pdf\r\n\r\n");
            out.writeBytes(pdf);
            write(out, "\r\n");
        }
        write(out, "--" + Upload.BOUNDARY + "--\r\n");
        return new BulkUpload(numbers, sizes, out.toByteArray());
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
