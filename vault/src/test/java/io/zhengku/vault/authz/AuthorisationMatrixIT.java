package io.zhengku.vault.authz;

import static io.zhengku.vault.testing.Fixtures.HOLDER_BUSINESS;
import static io.zhengku.vault.testing.Fixtures.licenceMetadata;
import static io.zhengku.vault.testing.Fixtures.pdf;
import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.zhengku.core.anchor.DocumentStatus;
import io.zhengku.ledger.LedgerException;
import io.zhengku.vault.auth.Role;
import io.zhengku.vault.testing.Channel;
import io.zhengku.vault.testing.Fixtures;
import io.zhengku.vault.testing.VaultApiTest;
import io.zhengku.vault.testing.VaultClient.Answer;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The authorisation matrix ({@link VaultMatrix}) run against Shanghai's vault on real PostgreSQL, S3 and the
 * channel: each party's request to each endpoint gets the status, and for a refusal the problem code, the
 * matrix says; a refused request that would change something changed nothing, in the vault's database or on
 * the channel. Zhejiang's departments and admin call Shanghai's vault with their own tokens: that is where
 * they must be refused. Every cell meets the same fixtures: an allowed change is undone after it.
 */
@MicronautTest
class AuthorisationMatrixIT extends VaultApiTest {

    /**
     * The state a request could change: documents' statuses, grants and departments (not the anchoring
     * columns, which the anchoring worker fills on its own time; not the audit trail, where every request,
     * refused or not, leaves a line).
     */
    private static final String STATE = """
            SELECT (SELECT string_agg(id || ' ' || status || ' ' || coalesce(status_reason, '') || ' '
                                      || coalesce(superseded_by, ''), ', ' ORDER BY id) FROM document)
                || ' | ' || (SELECT coalesce(string_agg(id || ' ' || material_id || ' ' || grantee_code || ' '
                                      || coalesce(revoked_at::text, ''), ', ' ORDER BY id), '') FROM material_grant)
                || ' | ' || (SELECT string_agg(code || ' ' || region || ' ' || name || ' '
                                      || array_to_string(type_codes, ' '), ', ' ORDER BY code) FROM department)""";

    private MatrixFixtures fixtures;

    /** What the matrix acts on; made by the vault's own API, each step checked. */
    @BeforeAll
    void makeFixtures() throws Exception {
        created(vault.post("/api/v1/departments", Party.ADMIN.token(tokens), Map.of("code", Party.GRANTEE_CODE,
                "name", "上海市黄浦区档案局", "typeCodes", MatrixFixtures.GRANTEE_TYPES)));
        Answer licence = created(vault.upload("/api/v1/licences", shanghai, "licence.pdf", "application/pdf",
                pdf("authorisation matrix: the licence"), licenceMetadata("MATRIX-LICENCE")));
        Answer colleagues = created(vault.upload("/api/v1/licences", Party.COLLEAGUE.token(tokens), "licence.pdf",
                "application/pdf", pdf("authorisation matrix: a colleague's licence"), licenceMetadata(
                        "11100000000013338W021", "MATRIX-MEDICAL", HOLDER_BUSINESS, "001")));
        Answer material = created(vault.upload("/api/v1/materials", shanghai, "material.pdf", "application/pdf",
                pdf("authorisation matrix: the material"), Fixtures.materialMetadata()));
        String holder = tokens.mint(Role.HOLDER, HOLDER_BUSINESS, "shanghai");
        for (String grantee : List.of(Party.GRANTEE_CODE, MatrixFixtures.GRANTED_TO_BE_REVOKED)) {
            created(vault.post("/api/v1/materials/" + material.string("id") + "/grants", holder,
                    Map.of("grantee", grantee)));
        }
        awaitAnchored(licence.string("id"));
        fixtures = new MatrixFixtures(licence.string("id"), licence.string("sha256"), colleagues.string("id"),
                material.string("id"));
    }

    static Stream<Arguments> cells() {
        return VaultMatrix.rows().stream().flatMap(row -> Stream.of(Party.values())
                .map(party -> Arguments.of(party, row, row.outcomes().get(party))));
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @MethodSource("cells")
    void each_party_is_answered_as_the_matrix_says(Party party, Row row, Outcome expected) throws Exception {
        String token = party.token(tokens);
        String before = row.mutating() && !expected.allowed() ? state() : null;
        Answer answer = row.request().send(vault, token, fixtures);
        try {
            assertThat(answer.status()).as("%s: %s answered %s", party, row, answer.body())
                    .isEqualTo(expected.status);
            if (expected.code != null) {
                assertThat(answer.code()).as("%s: %s answered %s", party, row, answer.body()).isEqualTo(expected.code);
            }
            if (expected.listsItem != null) {
                assertThat(listed(answer, row.listing()).contains(row.listing().item().apply(fixtures)))
                        .as("%s: %s lists the matrix's own item", party, row).isEqualTo(expected.listsItem);
            }
            if (before != null) {
                assertThat(state()).as("%s: %s was refused and changed nothing", party, row).isEqualTo(before);
            }
        } finally {
            undo(row, token, answer);
        }
    }

    private void undo(Row row, String token, Answer answer) {
        if (row.undo() != null && answer.status() < 300) {
            Answer undone = row.undo().send(vault, token, fixtures);
            assertThat(undone.status()).as("undoing %s: %s", row, undone.body()).isLessThan(300);
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object> listed(Answer answer, Row.Listing listing) {
        // An empty listing leaves out its items, as the vault leaves out every empty field.
        return ((List<Map<String, Object>>) answer.body().getOrDefault("items", List.of())).stream()
                .map(item -> item.get(listing.field())).toList();
    }

    /** The vault's state a request could change, and the licence's status as Zhejiang's peer holds it. */
    private String state() throws SQLException, LedgerException {
        DocumentStatus onChannel = Channel.asSeenBy("zhejiang").findByDigest(fixtures.licenceSha256()).orElseThrow()
                .status();
        try (Connection connection = database(); Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(STATE)) {
            rows.next();
            return rows.getString(1) + " | on the channel " + onChannel;
        }
    }

    private static Answer created(Answer answer) {
        assertThat(answer.status()).as(answer.body().toString()).isEqualTo(201);
        return answer;
    }
}
