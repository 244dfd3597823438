package io.zhengku.ledger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.ledger.LedgerException.Reason;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class RegisteredSealTest {

    /** Not a real certificate: the record keeps the PEM as text and never parses it. */
    static final String PEM = "-----BEGIN CERTIFICATE-----\nMIIBszCCAVmgAwIBAgIUZmFrZQ==\n"
            + "-----END CERTIFICATE-----\n";

    /** Shanghai's market bureau's SM2 seal in the form the chaincode's own tests pin for {@code findSeal}. */
    static final String GOLDEN = "{\"algorithm\":\"SM2\",\"department\":\"113100000024178544\","
            + "\"fingerprint\":\"" + Samples.SEAL + "\",\"msp\":\"ShanghaiMSP\","
            + "\"notAfter\":\"2028-12-31T23:59:59Z\",\"notBefore\":\"2026-01-01T00:00:00Z\","
            + "\"pem\":\"" + PEM.replace("\n", "\\n") + "\",\"registeredAt\":\"2026-11-02T08:00:00Z\"}";

    private static final Instant NOT_BEFORE = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant NOT_AFTER = Instant.parse("2028-12-31T23:59:59Z");
    private static final Instant REGISTERED = Instant.parse("2026-11-02T08:00:00Z");
    private static final Instant RETIRED = Instant.parse("2027-03-01T12:00:00Z");

    @Test
    void the_seal_the_contract_writes_is_read_with_every_field() throws LedgerException {
        RegisteredSeal seal = RegisteredSeal.parse(GOLDEN);

        assertThat(seal).isEqualTo(new RegisteredSeal(Samples.SEAL, "SM2", PEM, NOT_BEFORE, NOT_AFTER,
                Samples.SH_MARKET, "ShanghaiMSP", REGISTERED, null));
        assertThat(seal.retired()).isFalse();
    }

    @Test
    void a_retired_seal_is_read_with_its_retirement_time() throws LedgerException {
        RegisteredSeal seal = RegisteredSeal.parse(with("retiredAt", RETIRED.toString()));

        assertThat(seal.retiredAt()).isEqualTo(RETIRED);
        assertThat(seal.retired()).isTrue();
    }

    @Test
    void a_p256_seal_is_read() throws LedgerException {
        assertThat(RegisteredSeal.parse(with("algorithm", "P-256")).algorithm()).isEqualTo("P-256");
    }

    @Test
    void an_unknown_field_is_a_malformed_response() {
        assertMalformed(with("subject", "CN=shanghai-market"), "unknown fields [subject]");
    }

    @Test
    void a_missing_field_is_a_malformed_response() {
        assertMalformed(without("registeredAt"), "registeredAt is missing");
    }

    @Test
    void an_explicit_null_retirement_is_a_malformed_response() {
        assertMalformed(with("retiredAt", null), "retiredAt must be a string");
    }

    @Test
    void a_department_uscc_with_a_wrong_check_character_is_a_malformed_response() {
        assertMalformed(with("department", "113100000024178545"), "department: unified social credit code");
    }

    @Test
    void a_fingerprint_that_is_not_lowercase_sha256_hex_is_a_malformed_response() {
        assertMalformed(with("fingerprint", Samples.SEAL.toUpperCase()), "fingerprint: digest hex must be lowercase");
        assertMalformed(with("fingerprint", Samples.SEAL.substring(1)), "fingerprint: SHA-256 digest must be 64");
    }

    @Test
    void an_unknown_algorithm_is_a_malformed_response() {
        assertMalformed(with("algorithm", "RSA"), "algorithm must be SM2 or P-256, got \"RSA\"");
    }

    @Test
    void a_malformed_instant_is_a_malformed_response() {
        assertMalformed(with("notBefore", "2026-01-01"), "notBefore must be an ISO-8601 instant");
    }

    @Test
    void a_validity_window_ending_before_it_starts_is_a_malformed_response() {
        assertMalformed(with("notAfter", "2025-12-31T23:59:59Z"), "is before notBefore");
    }

    @Test
    void a_seal_is_valid_from_its_first_to_its_last_instant_included() throws LedgerException {
        RegisteredSeal seal = RegisteredSeal.parse(GOLDEN);

        assertThat(seal.validAt(NOT_BEFORE)).isTrue();
        assertThat(seal.validAt(NOT_AFTER)).isTrue();
        assertThat(seal.validAt(NOT_BEFORE.minusNanos(1))).isFalse();
        assertThat(seal.validAt(NOT_AFTER.plusNanos(1))).isFalse();
    }

    @Test
    void a_seal_is_in_service_from_its_registration_until_it_is_retired() throws LedgerException {
        RegisteredSeal seal = RegisteredSeal.parse(with("retiredAt", RETIRED.toString()));

        assertThat(seal.inServiceAt(REGISTERED)).isTrue();
        assertThat(seal.inServiceAt(RETIRED.minusNanos(1))).isTrue();
        assertThat(seal.inServiceAt(RETIRED)).isFalse();
    }

    @Test
    void a_seal_registered_after_a_time_was_not_in_service_then() throws LedgerException {
        RegisteredSeal seal = RegisteredSeal.parse(GOLDEN);

        assertThat(seal.inServiceAt(REGISTERED.minusNanos(1))).isFalse();
        assertThat(seal.validAt(REGISTERED.minusNanos(1))).isTrue();
    }

    @Test
    void a_seal_never_retired_stays_in_service() throws LedgerException {
        assertThat(RegisteredSeal.parse(GOLDEN).inServiceAt(NOT_AFTER.plusSeconds(86_400))).isTrue();
    }

    private static Map<String, Object> golden() {
        @SuppressWarnings("unchecked")
        Map<String, Object> json = (Map<String, Object>) CanonicalJson.parse(GOLDEN.getBytes(StandardCharsets.UTF_8));
        return new TreeMap<>(json);
    }

    private static String with(String name, Object value) {
        Map<String, Object> json = golden();
        json.put(name, value);
        return CanonicalJson.encodeToString(json);
    }

    private static String without(String name) {
        Map<String, Object> json = golden();
        json.remove(name);
        return CanonicalJson.encodeToString(json);
    }

    private static void assertMalformed(String json, String problem) {
        assertThatThrownBy(() -> RegisteredSeal.parse(json))
                .isInstanceOfSatisfying(LedgerException.class, e -> {
                    assertThat(e.reason()).isEqualTo(Reason.MALFORMED_RESPONSE);
                    assertThat(e.isTransient()).isFalse();
                })
                .hasMessageContaining(problem);
    }
}
