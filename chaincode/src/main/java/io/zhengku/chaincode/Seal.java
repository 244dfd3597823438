package io.zhengku.chaincode;

import io.zhengku.core.json.JsonObjectReader;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A registered e-seal (电子印章): its certificate, the department that owns it and whether it has been
 * retired. Stored under {@link Keys#seal(String)}. A seal is judged by its validity at anchoring time, so
 * retiring it does not affect documents anchored before.
 *
 * @param certificate the certificate and the facts read from it
 * @param department the owning department's unified social credit code
 * @param msp the owning region
 * @param registeredAt when it was registered (transaction time, ISO-8601 UTC)
 * @param retiredAt when it was retired, or {@code null} while in service
 */
record Seal(SealCertificate certificate, String department, String msp, String registeredAt, String retiredAt) {

    static Seal fromState(JsonObjectReader stored) {
        return new Seal(SealCertificate.fromPem(stored.string("pem")), stored.string("department"),
                stored.string("msp"), stored.string("registeredAt"), stored.optionalString("retiredAt"));
    }

    String fingerprint() {
        return certificate.fingerprint();
    }

    boolean retired() {
        return retiredAt != null;
    }

    Seal retire(String at) {
        return new Seal(certificate, department, msp, registeredAt, at);
    }

    /** Whether {@code time} lies within the certificate's validity window, both ends included. */
    boolean validAt(Instant time) {
        return !time.isBefore(certificate.notBefore()) && !time.isAfter(certificate.notAfter());
    }

    Map<String, Object> toJson() {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("fingerprint", certificate.fingerprint());
        json.put("algorithm", certificate.algorithm().label());
        json.put("pem", certificate.pem());
        json.put("notBefore", certificate.notBefore().toString());
        json.put("notAfter", certificate.notAfter().toString());
        json.put("department", department);
        json.put("msp", msp);
        json.put("registeredAt", registeredAt);
        if (retiredAt != null) {
            json.put("retiredAt", retiredAt);
        }
        return json;
    }
}
