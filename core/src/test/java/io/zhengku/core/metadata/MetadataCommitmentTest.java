package io.zhengku.core.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.metadata.DisclosureException.Reason;
import io.zhengku.core.metadata.MetadataCommitment.Committed;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class MetadataCommitmentTest {

    private static final Map<String, String> FIELDS = Map.of(
            "name", "营业执照",
            "holderName", "上海某某科技有限公司",
            "holderCode", "91310000MA1FL4CT1M",
            "validUntil", "2030-12-31",
            "KZ_REGISTERED_CAPITAL", "1000万元");

    private final Committed committed = MetadataCommitment.commit(FIELDS, new SecureRandom());

    @Test
    void a_commitment_is_the_sha256_of_the_canonical_map_of_field_digests() {
        Map<String, String> digests = new TreeMap<>();
        committed.disclosures().forEach(d -> digests.put(d.name(), HexFormat.of().formatHex(d.digest())));
        String expected = Digest.sha256Of(CanonicalJson.encode(digests)).hex();

        assertThat(committed.commitment()).isEqualTo(expected).matches("[0-9a-f]{64}");
    }

    @Test
    void a_field_digest_is_pinned_to_the_canonical_salt_name_value_array() {
        FieldDisclosure d = new FieldDisclosure("validUntil", "AAAAAAAAAAAAAAAAAAAAAA", "2030-12-31");
        // printf '%s' '["AAAAAAAAAAAAAAAAAAAAAA","validUntil","2030-12-31"]' | sha256sum
        assertThat(HexFormat.of().formatHex(d.digest()))
                .isEqualTo("52f037640012742415888b59ae727656d16ae3d522602a119d07dd763def1054");
    }

    @Test
    void any_subset_of_disclosed_fields_opens_the_commitment() {
        for (Set<String> subset : List.of(Set.<String>of(), Set.of("validUntil"), Set.of("holderName", "name"),
                FIELDS.keySet())) {
            List<FieldDisclosure> disclosed = subset.stream().map(committed::disclosure).toList();

            MetadataCommitment.verify(committed.commitment(), disclosed, committed.hiddenDigests(subset));
        }
    }

    @Test
    void a_changed_value_fails_with_commitment_mismatch() {
        FieldDisclosure real = committed.disclosure("validUntil");
        FieldDisclosure forged = new FieldDisclosure("validUntil", real.salt(), "2099-12-31");

        assertReason(() -> MetadataCommitment.verify(committed.commitment(), List.of(forged),
                committed.hiddenDigests(Set.of("validUntil"))), Reason.COMMITMENT_MISMATCH);
    }

    @Test
    void a_changed_salt_fails_with_commitment_mismatch() {
        FieldDisclosure real = committed.disclosure("holderName");
        FieldDisclosure forged = new FieldDisclosure("holderName", "BBBBBBBBBBBBBBBBBBBBBA", real.value());

        assertReason(() -> MetadataCommitment.verify(committed.commitment(), List.of(forged),
                committed.hiddenDigests(Set.of("holderName"))), Reason.COMMITMENT_MISMATCH);
    }

    @Test
    void a_dropped_hidden_field_fails_with_commitment_mismatch() {
        Map<String, String> hidden = new TreeMap<>(committed.hiddenDigests(Set.of("name")));
        hidden.remove("KZ_REGISTERED_CAPITAL");

        assertReason(() -> MetadataCommitment.verify(committed.commitment(),
                List.of(committed.disclosure("name")), hidden), Reason.COMMITMENT_MISMATCH);
    }

    @Test
    void a_flipped_bit_in_a_hidden_digest_fails_with_commitment_mismatch() {
        Map<String, String> hidden = new TreeMap<>(committed.hiddenDigests(Set.of()));
        String digest = hidden.get("holderCode");
        hidden.put("holderCode", (digest.charAt(0) == '0' ? '1' : '0') + digest.substring(1));

        assertReason(() -> MetadataCommitment.verify(committed.commitment(), List.of(), hidden),
                Reason.COMMITMENT_MISMATCH);
    }

    @Test
    void a_field_both_disclosed_and_hidden_is_refused() {
        assertReason(() -> MetadataCommitment.verify(committed.commitment(),
                List.of(committed.disclosure("name")), committed.hiddenDigests(Set.of())), Reason.DUPLICATE_FIELD);
    }

    @Test
    void a_field_disclosed_twice_is_refused() {
        List<FieldDisclosure> twice = new ArrayList<>(List.of(committed.disclosure("name"), committed.disclosure("name")));

        assertReason(() -> MetadataCommitment.verify(committed.commitment(), twice,
                committed.hiddenDigests(Set.of("name"))), Reason.DUPLICATE_FIELD);
    }

    @Test
    void a_hidden_digest_in_uppercase_hex_is_malformed() {
        Map<String, String> hidden = new TreeMap<>(committed.hiddenDigests(Set.of()));
        hidden.put("holderCode", hidden.get("holderCode").toUpperCase());

        assertReason(() -> MetadataCommitment.verify(committed.commitment(), List.of(), hidden), Reason.MALFORMED);
    }

    @Test
    void an_unknown_field_name_is_refused() {
        assertReason(() -> new FieldDisclosure("password", "AAAAAAAAAAAAAAAAAAAAAA", "x"), Reason.UNKNOWN_FIELD);
        assertReason(() -> committed.disclosure("holderAddress"), Reason.UNKNOWN_FIELD);
    }

    @Test
    void a_salt_that_is_not_sixteen_base64url_bytes_is_malformed() {
        assertReason(() -> new FieldDisclosure("name", "short", "x"), Reason.MALFORMED);
        assertReason(() -> new FieldDisclosure("name", "AAAAAAAAAAAAAAAAAAAA+/", "x"), Reason.MALFORMED);
    }

    @Test
    void two_commitments_to_the_same_fields_differ_because_salts_are_fresh() {
        Committed again = MetadataCommitment.commit(FIELDS, new SecureRandom());

        assertThat(again.commitment()).isNotEqualTo(committed.commitment());
    }

    @Test
    void a_disclosure_never_prints_its_value() {
        assertThat(committed.disclosure("holderName").toString())
                .doesNotContain("上海某某科技有限公司").contains("holderName");
    }

    private static void assertReason(ThrowingCallable call, Reason reason) {
        assertThatThrownBy(call).isInstanceOf(DisclosureException.class)
                .extracting(e -> ((DisclosureException) e).reason()).isEqualTo(reason);
    }
}
