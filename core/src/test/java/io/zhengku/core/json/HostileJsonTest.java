package io.zhengku.core.json;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.zhengku.core.anchor.AnchorBatch;
import io.zhengku.core.anchor.AnchorBatchException;
import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.core.testing.Mutations;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Damaged JSON from a hostile caller is refused with the reader's own exception, never anything else. */
class HostileJsonTest {

    private static final byte[] NESTED = ("{\"a\":[1,-2,{\"b\":\"\\u00e9\\n\",\"c\":null}],\"d\":true,"
            + "\"e\":\"营业执照\",\"f\":12345678901234567890}").getBytes(UTF_8);

    @Test
    void a_mutated_document_is_refused_only_with_a_canonical_json_exception() {
        Mutations.assertParserRefuses(List.of(CanonicalJsonException.class), Mutations.of(NESTED, 20261127L),
                CanonicalJson::parse);
    }

    @Test
    void a_mutated_anchor_batch_is_refused_only_with_a_field_or_batch_exception() {
        byte[] batch = CanonicalJson.encode(AnchorBatch.of("sh-20261127-1", List.of(entry(1), entry(2))).toJson());

        Mutations.assertParserRefuses(List.of(InvalidFieldException.class, AnchorBatchException.class),
                Mutations.of(batch, 20261127L),
                variant -> AnchorBatch.fromJson(JsonObjectReader.parse(new String(variant, UTF_8), "batch"), 10));
    }

    private static AnchorEntry entry(int n) {
        return AnchorEntry.fromJson(JsonObjectReader.of(Map.of("sha256", String.format("%064x", n),
                "documentId", "M.113100000024178544.2026" + n, "kind", DocumentKind.MATERIAL.name(),
                "typeCode", "21100000000000000M001", "issuerCode", "113100000024178544",
                "validFrom", "2026-11-02", "metadataCommitment", String.format("%064x", 0xabc),
                "sealFingerprint", String.format("%064x", 0xfeed), "sealSignature", "MEUCIQDx3p4="), "entry"));
    }
}
