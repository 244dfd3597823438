package io.zhengku.core.anchor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.JsonObjectReader;
import java.util.Map;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Entries of Shanghai's market bureau (a business licence, application forms) and Zhejiang's, for the tests. */
final class AnchorSamples {

    static final String SH_MARKET = "113100000024178544";
    static final String ZJ_MARKET = "11330000002482293D";
    static final String BUSINESS_LICENCE = "11100000000013338W011";
    static final String FOOD_PERMIT = "11100000000013338W012";
    static final String APPLICATION_FORM = "21100000000000000M001";
    static final String SH_LICENCE_1 = "1.2.156.3005.2.11100000000013338W011.113100000024178544.2026000001.001.M";
    static final String ZJ_LICENCE_1 = "1.2.156.3005.2.11100000000013338W011.11330000002482293D.2026000001.001.H";
    static final String SEAL = "487bcf1d348d9a8b1056aeeea7896f8246f7a3a2472f553982df9ac0b445a248";
    static final String SM3_ABC = "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0";
    static final String SIGNATURE = "MEUCIQDx3p4m7pJz0l9c8a2h1ZyMQvZ3kq5W8nG7rT2sL0bY4QIgB2m9c4N7x1pQe6sV8aH3kL5tR0wZ2yU7iO9jF1dG3hA=";

    private AnchorSamples() {
    }

    /** A document digest: {@code n} as 64 lowercase hex digits. */
    static String sha(int n) {
        return String.format("%064x", n);
    }

    /** A Shanghai market bureau business licence entry with every optional field. */
    static AnchorEntry licence(int n, String documentId) {
        return new AnchorEntry(sha(n), SM3_ABC, documentId, DocumentKind.LICENCE, BUSINESS_LICENCE, SH_MARKET,
                "2026-11-02", "2031-11-01", sha(0xabc), SEAL, SIGNATURE);
    }

    /** A Shanghai market bureau material entry without optional fields. */
    static AnchorEntry material(int n) {
        return new AnchorEntry(sha(n), null, "M." + SH_MARKET + ".A" + n, DocumentKind.MATERIAL, APPLICATION_FORM,
                SH_MARKET, "2026-11-02", null, sha(0xdef), SEAL, SIGNATURE);
    }

    /** The entry's JSON with one field set; {@code null} is written as an explicit JSON null. */
    static Map<String, Object> with(AnchorEntry entry, String field, Object value) {
        Map<String, Object> json = entry.toJson();
        json.put(field, value);
        return json;
    }

    static Map<String, Object> without(AnchorEntry entry, String field) {
        Map<String, Object> json = entry.toJson();
        json.remove(field);
        return json;
    }

    /** {@code json} encoded and read back, as a chaincode or verifier receives it. */
    static JsonObjectReader reader(Object json, String what) {
        return JsonObjectReader.parse(CanonicalJson.encodeToString(json), what);
    }

    static InvalidFieldException invalidField(ThrowingCallable call) {
        InvalidFieldException e = catchThrowableOfType(InvalidFieldException.class, call);
        assertThat(e).as("an InvalidFieldException").isNotNull();
        return e;
    }
}
