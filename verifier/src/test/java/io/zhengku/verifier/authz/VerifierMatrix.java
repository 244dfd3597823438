package io.zhengku.verifier.authz;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.multipart.MultipartBody;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Who may do what at a verifier: anyone may verify and read its pages, health and metrics, since it tells
 * nothing the ledger does not (every region reads the ledger) and keeps nothing; no one reaches the framework's
 * other management endpoints. A verifier reads no bearer token, so a token changes nothing: every row is
 * answered the same with one and without ({@code VerifierAuthorisationMatrixIT}).
 */
final class VerifierMatrix {

    private static final SecureRandom RANDOM = new SecureRandom();

    private VerifierMatrix() {
    }

    /**
     * One row: a request to one endpoint and its answer to anyone.
     *
     * @param operation as the OpenAPI document names it, {@code "POST /api/v1/verify"}
     * @param variant   what this row's request is, when the operation has several rows
     * @param code      the problem's {@code code}, for a refusal
     */
    record Row(String operation, String variant, Supplier<MutableHttpRequest<?>> request, int status, String code) {

        @Override
        public String toString() {
            return operation + (variant == null ? "" : " (" + variant + ")") + " -> " + status
                    + (code == null ? "" : " " + code);
        }
    }

    static List<Row> rows() {
        return Stream.of(verifications(), pages(), management()).flatMap(List::stream).toList();
    }

    private static List<Row> verifications() {
        return List.of(
                new Row("POST /api/v1/verify", "a SHA-256 nothing anchored", () -> HttpRequest.POST("/api/v1/verify",
                        Map.of("sha256", randomSha256())), 200, null),
                new Row("POST /api/v1/verify", "a file nothing anchored", () -> HttpRequest.POST("/api/v1/verify",
                        MultipartBody.builder().addPart("file", "document.pdf", MediaType.APPLICATION_PDF_TYPE,
                                randomSha256().getBytes(StandardCharsets.US_ASCII)).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), 200, null),
                // Read, and found to hold no code: the picture reached the verification.
                new Row("POST /api/v1/verify/qr", "a picture without a code", () -> HttpRequest.POST(
                        "/api/v1/verify/qr", MultipartBody.builder().addPart("picture", "qr.png",
                                MediaType.IMAGE_PNG_TYPE, blankPicture()).build())
                        .contentType(MediaType.MULTIPART_FORM_DATA_TYPE), 422, "qr-not-found"),
                // Checked, and found to be no bundle: the body reached the check.
                new Row("POST /api/v1/verify/bundle", "a body that is no bundle", () -> HttpRequest.POST(
                        "/api/v1/verify/bundle", "{}").contentType(MediaType.APPLICATION_JSON_TYPE), 200, null));
    }

    /** The page, the OpenAPI document, health and the meters (/metrics lists the ones /prometheus exports). */
    private static List<Row> pages() {
        return Stream.of("/", "/index.html", "/verifier.js", "/verifier.css", "/openapi/zhengku-verifier-1.yml",
                        "/health", "/prometheus", "/metrics")
                .map(path -> new Row("GET " + path, null, () -> HttpRequest.GET(path), 200, null)).toList();
    }

    /**
     * The framework's sensitive management endpoints, those it enables (beans, info, routes, thread dump,
     * refresh): without a security module, Micronaut answers them 401 whatever the request carries. Those it
     * does not enable are not there (404).
     */
    private static List<Row> management() {
        Stream<Row> enabled = Stream.of("GET /beans", "GET /info", "GET /routes", "GET /threaddump", "POST /refresh")
                .map(operation -> management(operation, 401));
        Stream<Row> absent = Stream.of("GET /env", "GET /loggers", "GET /caches", "POST /stop")
                .map(operation -> management(operation, 404));
        return Stream.concat(enabled, absent).toList();
    }

    private static Row management(String operation, int status) {
        String[] methodAndPath = operation.split(" ");
        return new Row(operation, null, () -> HttpRequest.create(HttpMethod.valueOf(methodAndPath[0]),
                methodAndPath[1]), status, null);
    }

    private static String randomSha256() {
        byte[] digest = new byte[32];
        RANDOM.nextBytes(digest);
        return HexFormat.of().formatHex(digest);
    }

    private static byte[] blankPicture() {
        try (ByteArrayOutputStream png = new ByteArrayOutputStream()) {
            ImageIO.write(new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB), "png", png);
            return png.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
