package io.zhengku.chaincode;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.merkle.MerkleTree;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Departments, seals and entries of the tests: Shanghai's market bureau and health commission, Zhejiang's market bureau. */
final class Samples {

    static final String SHANGHAI = "ShanghaiMSP";
    static final String ZHEJIANG = "ZhejiangMSP";
    static final String JIANGSU = "JiangsuMSP";

    static final String SH_MARKET = "113100000024178544";
    static final String SH_HEALTH = "12310000425008016Y";
    static final String ZJ_MARKET = "11330000002482293D";

    static final String BUSINESS_LICENCE = "11100000000013338W011";
    static final String FOOD_PERMIT = "11100000000013338W012";
    static final String APPLICATION_FORM = "21100000000000000M001";

    static final String SH_LICENCE_1 = "1.2.156.3005.2.11100000000013338W011.113100000024178544.2026000001.001.M";
    static final String SH_LICENCE_2 = "1.2.156.3005.2.11100000000013338W011.113100000024178544.2026000002.001.6";
    static final String ZJ_LICENCE_1 = "1.2.156.3005.2.11100000000013338W011.11330000002482293D.2026000001.001.H";

    /** Shanghai market bureau's SM2 seal, valid 2026 to 2028. */
    static final String SH_MARKET_SEAL_PEM =
            TestPki.sealPem(SealAlgorithm.SM2, "2026-01-01T00:00:00Z", "2028-12-31T23:59:59Z", "shanghai-market");
    static final String SH_MARKET_SEAL = "487bcf1d348d9a8b1056aeeea7896f8246f7a3a2472f553982df9ac0b445a248";
    /** Shanghai health commission's P-256 seal, valid 2026 to 2028. */
    static final String SH_HEALTH_SEAL_PEM =
            TestPki.sealPem(SealAlgorithm.P256, "2026-01-01T00:00:00Z", "2028-12-31T23:59:59Z", "shanghai-health");
    static final String SH_HEALTH_SEAL = "9a9eb26c1faf5a6e73f2d6ba956115055f7c94cf1b2860b3ce6294b02b7ff3b0";

    static final String SIGNATURE = "MEUCIQDx3p4m7pJz0l9c8a2h1ZyMQvZ3kq5W8nG7rT2sL0bY4QIgB2m9c4N7x1pQe6sV8aH3kL5tR0wZ2yU7iO9jF1dG3hA=";

    private Samples() {
    }

    /** A document digest: {@code n} as 64 lowercase hex digits. */
    static String sha(int n) {
        return String.format("%064x", n);
    }

    /** A Shanghai market bureau business licence entry with every optional field. */
    static Map<String, Object> licence(int n, String documentId) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("sha256", sha(n));
        entry.put("sm3", "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0");
        entry.put("documentId", documentId);
        entry.put("kind", "LICENCE");
        entry.put("typeCode", BUSINESS_LICENCE);
        entry.put("issuerCode", SH_MARKET);
        entry.put("validFrom", "2026-11-02");
        entry.put("validUntil", "2031-11-01");
        entry.put("metadataCommitment", sha(0xabc));
        entry.put("sealFingerprint", SH_MARKET_SEAL);
        entry.put("sealSignature", SIGNATURE);
        return entry;
    }

    /** A Shanghai market bureau material entry without optional fields. */
    static Map<String, Object> material(int n) {
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("sha256", sha(n));
        entry.put("documentId", "M." + SH_MARKET + ".A" + n);
        entry.put("kind", "MATERIAL");
        entry.put("typeCode", APPLICATION_FORM);
        entry.put("issuerCode", SH_MARKET);
        entry.put("validFrom", "2026-11-02");
        entry.put("metadataCommitment", sha(0xdef));
        entry.put("sealFingerprint", SH_MARKET_SEAL);
        entry.put("sealSignature", SIGNATURE);
        return entry;
    }

    /** {@code entry} with one field replaced, or removed when {@code value} is {@code null}. */
    static Map<String, Object> with(Map<String, Object> entry, String field, Object value) {
        Map<String, Object> changed = new LinkedHashMap<>(entry);
        if (value == null) {
            changed.remove(field);
        } else {
            changed.put(field, value);
        }
        return changed;
    }

    /** A batch JSON with the correct Merkle root over the entries. */
    static String batch(String batchId, List<Map<String, Object>> entries) {
        return batch(batchId, root(entries), entries);
    }

    static String batch(String batchId, String merkleRoot, List<Map<String, Object>> entries) {
        Map<String, Object> batch = new LinkedHashMap<>();
        batch.put("batchId", batchId);
        batch.put("merkleRoot", merkleRoot);
        batch.put("size", entries.size());
        batch.put("entries", entries);
        return json(batch);
    }

    static String root(List<Map<String, Object>> entries) {
        return HexFormat.of().formatHex(MerkleTree.of(entries.stream().map(CanonicalJson::encode).toList()).root());
    }

    static String json(Object value) {
        return CanonicalJson.encodeToString(value);
    }

    /** The registry as anchoring tests need it: departments and seals of Shanghai and Zhejiang. */
    static LedgerMock registry(LedgerMock ledger) {
        return ledger
                .holding(Keys.department(SH_MARKET), department(SH_MARKET, "上海市市场监督管理局", SHANGHAI,
                        BUSINESS_LICENCE, APPLICATION_FORM))
                .holding(Keys.department(SH_HEALTH), department(SH_HEALTH, "上海市卫生健康委员会", SHANGHAI, FOOD_PERMIT))
                .holding(Keys.department(ZJ_MARKET), department(ZJ_MARKET, "浙江省市场监督管理局", ZHEJIANG,
                        BUSINESS_LICENCE))
                .holding(Keys.seal(SH_MARKET_SEAL), seal(SH_MARKET_SEAL_PEM, SH_MARKET, null))
                .holding(Keys.seal(SH_HEALTH_SEAL), seal(SH_HEALTH_SEAL_PEM, SH_HEALTH, null));
    }

    static String department(String uscc, String name, String msp, String... typeCodes) {
        return json(new Department(uscc, name, msp, List.of(typeCodes), "2026-01-05T00:00:00Z").toJson());
    }

    static String seal(String pem, String department, String retiredAt) {
        String msp = department.equals(ZJ_MARKET) ? ZHEJIANG : SHANGHAI;
        return json(new Seal(SealCertificate.fromPem(pem), department, msp, "2026-01-05T00:00:00Z", retiredAt).toJson());
    }
}
