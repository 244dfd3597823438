package io.zhengku.vault.authz;

import static io.zhengku.vault.authz.Outcome.ANCHOR_NOT_FAILED;
import static io.zhengku.vault.authz.Outcome.CREATED;
import static io.zhengku.vault.authz.Outcome.FOREIGN_REGION;
import static io.zhengku.vault.authz.Outcome.FORBIDDEN;
import static io.zhengku.vault.authz.Outcome.LISTED;
import static io.zhengku.vault.authz.Outcome.METADATA_INVALID;
import static io.zhengku.vault.authz.Outcome.NOT_FOUND;
import static io.zhengku.vault.authz.Outcome.NOT_LISTED;
import static io.zhengku.vault.authz.Outcome.NO_CONTENT;
import static io.zhengku.vault.authz.Outcome.NO_SEAL;
import static io.zhengku.vault.authz.Outcome.OK;
import static io.zhengku.vault.authz.Outcome.TYPE_NOT_REGISTERED;
import static io.zhengku.vault.authz.Outcome.UNAUTHENTICATED;
import static io.zhengku.vault.authz.Row.row;

import io.micronaut.http.MediaType;
import io.micronaut.http.client.multipart.MultipartBody;
import io.zhengku.vault.authz.Row.Request;
import io.zhengku.vault.testing.Fixtures;
import io.zhengku.vault.testing.VaultClient;
import io.zhengku.vault.testing.VaultClient.Answer;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Who may do what at Shanghai's vault: every endpoint × every {@link Party} → the answer, as {@code
 * AuthorisationMatrixIT} checks it. Read a row as: anonymous; the holders (the holder, the holder by a token
 * of Zhejiang, another holder); the departments (the issuing one, another Shanghai one, the grantee, a
 * Zhejiang one); the admins (Shanghai's, Zhejiang's). A bad token (forged, expired, unsigned, another key)
 * gets what anonymous gets.
 *
 * <p>The rules the table follows: a document is seen by its issuer and its holder (a material also by a
 * department it is granted to) and changed by its issuer only (a material's grants by its owner only); to
 * anyone else it does not exist (404), so identifiers cannot be probed, while a holder, who may see it, is
 * told it may not change it (403). A department's or admin's token of another region is refused before any
 * lookup (403 {@code foreign-region}), so it learns nothing of any id either. Departments are managed by their
 * own region's admin only; admins see no documents. Without a valid token only the public pages answer.
 */
final class VaultMatrix {

    private static final AtomicInteger SERIAL = new AtomicInteger();

    private VaultMatrix() {
    }

    static List<Row> rows() {
        return Stream.of(licences(), licenceChanges(), materials(), departments(), publicPages(), management())
                .flatMap(List::stream).map(Row.Builder::build).toList();
    }

    private static List<Row.Builder> licences() {
        return List.of(
                row("GET /api/v1/licences", get(f -> "/api/v1/licences?size=100")).listing("id", MatrixFixtures::licence)
                        .anonymous(UNAUTHENTICATED).holders(LISTED, LISTED, NOT_LISTED)
                        .departments(LISTED, NOT_LISTED, NOT_LISTED, FOREIGN_REGION).admins(FORBIDDEN, FOREIGN_REGION),
                // Another Shanghai department may issue, but not this type; the grantee may, but has no seal here.
                row("POST /api/v1/licences", (vault, token, f) -> issue(vault, token, licenceMetadata()))
                        .anonymous(UNAUTHENTICATED).holders(FORBIDDEN, FORBIDDEN, FORBIDDEN)
                        .departments(CREATED, TYPE_NOT_REGISTERED, NO_SEAL, FOREIGN_REGION)
                        .admins(FORBIDDEN, FOREIGN_REGION),
                // The issuer is the token's department; metadata naming one is refused as an unknown field.
                row("POST /api/v1/licences", (vault, token, f) -> issue(vault, token, withField(licenceMetadata(),
                        "issuerCode", Fixtures.SHANGHAI_HEALTH))).variant("naming another department its issuer")
                        .anonymous(UNAUTHENTICATED).holders(FORBIDDEN, FORBIDDEN, FORBIDDEN)
                        .departments(METADATA_INVALID, METADATA_INVALID, METADATA_INVALID, FOREIGN_REGION)
                        .admins(FORBIDDEN, FOREIGN_REGION),
                // Judged by its one item once the request as a whole is taken (200).
                row("POST /api/v1/licences/bulk", VaultMatrix::bulk)
                        .anonymous(UNAUTHENTICATED).holders(FORBIDDEN, FORBIDDEN, FORBIDDEN)
                        .departments(CREATED, TYPE_NOT_REGISTERED, NO_SEAL, FOREIGN_REGION)
                        .admins(FORBIDDEN, FOREIGN_REGION),
                seenByIssuerAndHolder(row("GET /api/v1/licences/{id}", get(MatrixFixtures::licencePath))),
                seenByIssuerAndHolder(row("GET /api/v1/licences/{id}/file", get(f -> f.licencePath() + "/file"))),
                seenByIssuerAndHolder(row("GET /api/v1/licences/{id}/seal", get(f -> f.licencePath() + "/seal"))),
                seenByIssuerAndHolder(row("GET /api/v1/licences/{id}/proof", get(f -> f.licencePath() + "/proof"))),
                row("POST /api/v1/licences/{id}/presentations", (vault, token, f) -> vault.post(
                        f.licencePath() + "/presentations", token, Map.of("disclose", List.of("validUntil"))))
                        .anonymous(UNAUTHENTICATED).holders(CREATED, CREATED, NOT_FOUND)
                        .departments(CREATED, NOT_FOUND, NOT_FOUND, FOREIGN_REGION).admins(NOT_FOUND, FOREIGN_REGION));
    }

    private static List<Row.Builder> licenceChanges() {
        return List.of(
                changedByIssuer(row("POST /api/v1/licences/{id}/status", status(Map.of("status", "SUSPENDED",
                        "reasonCode", "MATRIX", "reasonText", "authorisation matrix"))))
                        .undo(status(Map.of("status", "ACTIVE"))).departments(OK, NOT_FOUND, NOT_FOUND, FOREIGN_REGION),
                // The replacement must be the caller's own licence too; another department's is not found.
                changedByIssuer(row("POST /api/v1/licences/{id}/status", (vault, token, f) -> vault.post(
                        f.licencePath() + "/status", token, Map.of("status", "SUPERSEDED",
                                "replacementId", f.colleaguesLicence()))))
                        .variant("superseded by another department's licence")
                        .departments(NOT_FOUND, NOT_FOUND, NOT_FOUND, FOREIGN_REGION),
                // The issuer gets past authorisation; the licence is anchored, so there is nothing to retry.
                changedByIssuer(row("POST /api/v1/licences/{id}/anchor/retry", (vault, token, f) -> vault.post(
                        f.licencePath() + "/anchor/retry", token, Map.of())))
                        .departments(ANCHOR_NOT_FAILED, NOT_FOUND, NOT_FOUND, FOREIGN_REGION));
    }

    private static List<Row.Builder> materials() {
        return List.of(
                // A department lists what it registered, not what it was granted.
                row("GET /api/v1/materials", get(f -> "/api/v1/materials?size=100")).listing("id", MatrixFixtures::material)
                        .anonymous(UNAUTHENTICATED).holders(LISTED, LISTED, NOT_LISTED)
                        .departments(LISTED, NOT_LISTED, NOT_LISTED, FOREIGN_REGION).admins(FORBIDDEN, FOREIGN_REGION),
                row("POST /api/v1/materials", VaultMatrix::registerMaterial)
                        .anonymous(UNAUTHENTICATED).holders(FORBIDDEN, FORBIDDEN, FORBIDDEN)
                        .departments(CREATED, CREATED, NO_SEAL, FOREIGN_REGION).admins(FORBIDDEN, FOREIGN_REGION),
                seenByIssuerHolderAndGrantee(row("GET /api/v1/materials/{id}", get(MatrixFixtures::materialPath))),
                seenByIssuerHolderAndGrantee(row("GET /api/v1/materials/{id}/file",
                        get(f -> f.materialPath() + "/file"))),
                grantedByOwner(row("GET /api/v1/materials/{id}/grants", get(f -> f.materialPath() + "/grants")), OK),
                grantedByOwner(row("POST /api/v1/materials/{id}/grants", grant(MatrixFixtures.NOT_GRANTED))
                        .undo(revokeGrant(MatrixFixtures.NOT_GRANTED)), CREATED),
                grantedByOwner(row("DELETE /api/v1/materials/{id}/grants/{grantee}",
                        revokeGrant(MatrixFixtures.GRANTED_TO_BE_REVOKED))
                        .undo(grant(MatrixFixtures.GRANTED_TO_BE_REVOKED)), NO_CONTENT));
    }

    private static List<Row.Builder> departments() {
        Map<String, Object> registration = Map.of("code", MatrixFixtures.UNREGISTERED, "name", "上海市黄浦区体育局",
                "typeCodes", List.of("11100000000013338W031"));
        return List.of(
                managedByAdmin(row("GET /api/v1/departments", get(f -> "/api/v1/departments"))
                        .listing("code", f -> Party.GRANTEE_CODE), LISTED),
                managedByAdmin(row("GET /api/v1/departments", get(f -> "//api/v1/departments")).variant("//")
                        .listing("code", f -> Party.GRANTEE_CODE), LISTED),
                managedByAdmin(row("GET /api/v1/departments", get(f -> "/api//v1/departments")).variant("/api//")
                        .listing("code", f -> Party.GRANTEE_CODE), LISTED),
                managedByAdmin(row("GET /api/v1/departments", get(f -> "/api/v1/departments/")).variant("trailing /")
                        .listing("code", f -> Party.GRANTEE_CODE), LISTED),
                // Spellings the router does not take for the same path are refused to everyone, the admin too:
                // no spelling reaches the controller past the rules the plain path has.
                forNoOne(row("GET /api/v1/departments", get(f -> "/api/v1/./departments")).variant("/./")),
                forNoOne(row("GET /api/v1/departments", get(f -> "/%61pi/v1/departments")).variant("%61")),
                forNoOne(row("GET /api/v1/departments", get(f -> "/api/v1/departments;x")).variant(";x")),
                managedByAdmin(row("POST /api/v1/departments", post("/api/v1/departments", registration)), CREATED),
                // The code's administrative division must be the admin's region's (Ningbo is Zhejiang's).
                managedByAdmin(row("POST /api/v1/departments", post("/api/v1/departments", Map.of("code",
                        MatrixFixtures.NINGBO_DEPARTMENT, "name", "宁波市市场监督管理局", "typeCodes",
                        List.of(Fixtures.BUSINESS_LICENCE)))).variant("a code of a Ningbo division"), FOREIGN_REGION),
                managedByAdmin(row("PUT /api/v1/departments/{code}/types", types(Party.GRANTEE_CODE,
                        Stream.concat(MatrixFixtures.GRANTEE_TYPES.stream(), Stream.of("11100000000013338W031"))
                                .toList())).undo(types(Party.GRANTEE_CODE, MatrixFixtures.GRANTEE_TYPES)), OK),
                // Shanghai's vault holds no Zhejiang department: there is none of that code for its admin.
                managedByAdmin(row("PUT /api/v1/departments/{code}/types", types(Fixtures.HANGZHOU_SAMR,
                        MatrixFixtures.GRANTEE_TYPES)).variant("of a Zhejiang department"), NOT_FOUND));
    }

    /** What anyone may read, with or without a token. */
    private static List<Row.Builder> publicPages() {
        return List.of(
                row("GET /health", get(f -> "/health")).everyone(OK),
                row("GET /openapi/zhengku-vault-1.yml", get(f -> "/openapi/zhengku-vault-1.yml")).everyone(OK),
                row("GET /holder/index.html", get(f -> "/holder/index.html")).everyone(OK));
    }

    /**
     * The framework's management endpoints other than /health, those it enables (beans, info, routes, thread
     * dump, refresh) and those it does not: for no caller. Like any path no one may use, they answer 401
     * without a token and 403 with one, so that what exists cannot be told from what does not.
     */
    private static List<Row.Builder> management() {
        return Stream.of("GET /beans", "GET /info", "GET /routes", "GET /threaddump", "POST /refresh", "GET /env",
                        "GET /loggers", "GET /metrics", "GET /prometheus", "GET /caches", "POST /stop")
                .map(operation -> forNoOne(row(operation, (vault, token, f) -> vault.send(operation.split(" ")[0],
                        operation.split(" ")[1], token)))).toList();
    }

    /** A path no caller may use: 401 without a token, 403 with any, so what exists cannot be told apart. */
    private static Row.Builder forNoOne(Row.Builder row) {
        return row.everyone(FORBIDDEN).anonymous(UNAUTHENTICATED);
    }

    private static Row.Builder seenByIssuerAndHolder(Row.Builder row) {
        return row.anonymous(UNAUTHENTICATED).holders(OK, OK, NOT_FOUND)
                .departments(OK, NOT_FOUND, NOT_FOUND, FOREIGN_REGION).admins(NOT_FOUND, FOREIGN_REGION);
    }

    /** A change of the licence: the holder sees it and is told it may not; the caller then sets departments. */
    private static Row.Builder changedByIssuer(Row.Builder row) {
        return row.anonymous(UNAUTHENTICATED).holders(FORBIDDEN, FORBIDDEN, NOT_FOUND)
                .admins(NOT_FOUND, FOREIGN_REGION);
    }

    private static Row.Builder seenByIssuerHolderAndGrantee(Row.Builder row) {
        return row.anonymous(UNAUTHENTICATED).holders(OK, OK, NOT_FOUND)
                .departments(OK, NOT_FOUND, OK, FOREIGN_REGION).admins(NOT_FOUND, FOREIGN_REGION);
    }

    /** The material's grants: the owner's alone; its issuer and grantee see the material and are told so. */
    private static Row.Builder grantedByOwner(Row.Builder row, Outcome owner) {
        return row.anonymous(UNAUTHENTICATED).holders(owner, owner, NOT_FOUND)
                .departments(FORBIDDEN, NOT_FOUND, FORBIDDEN, FOREIGN_REGION).admins(NOT_FOUND, FOREIGN_REGION);
    }

    /**
     * The region's admin alone; a Zhejiang department's token is refused for its role before its region is
     * looked at.
     */
    private static Row.Builder managedByAdmin(Row.Builder row, Outcome admin) {
        return row.anonymous(UNAUTHENTICATED).holders(FORBIDDEN, FORBIDDEN, FORBIDDEN)
                .departments(FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN).admins(admin, FOREIGN_REGION);
    }

    private static Request get(Function<MatrixFixtures, String> path) {
        return (vault, token, f) -> vault.send("GET", path.apply(f), token);
    }

    private static Request post(String path, Map<String, Object> body) {
        return (vault, token, f) -> vault.post(path, token, body);
    }

    private static Request status(Map<String, Object> change) {
        return (vault, token, f) -> vault.post(f.licencePath() + "/status", token, change);
    }

    private static Request grant(String grantee) {
        return (vault, token, f) -> vault.post(f.materialPath() + "/grants", token, Map.of("grantee", grantee));
    }

    private static Request revokeGrant(String grantee) {
        return (vault, token, f) -> vault.send("DELETE", f.materialPath() + "/grants/" + grantee, token);
    }

    private static Request types(String department, List<String> typeCodes) {
        return (vault, token, f) -> vault.send("PUT", "/api/v1/departments/" + department + "/types", token,
                Map.of("typeCodes", typeCodes));
    }

    /** A new business licence for the holder: its own number and file each time. */
    private static String licenceMetadata() {
        return Fixtures.licenceMetadata("MATRIX-" + SERIAL.incrementAndGet());
    }

    private static String withField(String metadata, String name, String value) {
        return metadata.substring(0, metadata.lastIndexOf('}')) + ",\"" + name + "\":\"" + value + "\"}";
    }

    private static Answer issue(VaultClient vault, String token, String metadata) {
        return vault.upload("/api/v1/licences", token, "licence.pdf", "application/pdf", newFile(), metadata);
    }

    private static Answer registerMaterial(VaultClient vault, String token,
                                           MatrixFixtures fixtures) {
        return vault.upload("/api/v1/materials", token, "material.pdf", "application/pdf", newFile(),
                Fixtures.materialMetadata());
    }

    /** One licence in a bulk request; once the request is taken, its item's status and problem are the answer. */
    @SuppressWarnings("unchecked")
    private static Answer bulk(VaultClient vault, String token, MatrixFixtures fixtures) {
        String manifest = "{\"items\":[{\"part\":\"licence\",\"metadata\":" + licenceMetadata() + "}]}";
        Answer whole = vault.multipart("/api/v1/licences/bulk", token, MultipartBody.builder()
                .addPart("manifest", manifest)
                .addPart("licence", "licence.pdf", MediaType.of("application/pdf"), newFile()).build());
        if (whole.status() != 200) {
            return whole;
        }
        Map<String, Object> item = ((List<Map<String, Object>>) whole.body().get("items")).get(0);
        Object answer = item.get("problem") != null ? item.get("problem") : item.get("licence");
        return new Answer(((Number) item.get("status")).intValue(), (Map<String, Object>) answer);
    }

    private static byte[] newFile() {
        return Fixtures.pdf("authorisation matrix " + SERIAL.incrementAndGet());
    }
}
