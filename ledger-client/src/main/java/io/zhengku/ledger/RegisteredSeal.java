package io.zhengku.ledger;

import io.zhengku.core.anchor.FieldChecks;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.JsonObjectReader;
import java.time.Instant;
import java.util.Objects;
import java.util.Set;

/**
 * A seal certificate (印章证书) as the ledger's issuer registry records it: the certificate, the facts the
 * contract read from it when it was registered, the department that owns it and whether it was retired. Read
 * from the {@code zhengku} contract's {@code findSeal} answer {@code {algorithm, department, fingerprint,
 * msp, notAfter, notBefore, pem, registeredAt}} plus {@code retiredAt} once retired.
 *
 * <p>The PEM is kept as text, not parsed: the verifier reads it with signing's
 * {@code io.zhengku.signing.pki.Certificates.fromPem} to check a seal signature, which keeps this module free
 * of certificate code.
 *
 * <pre>{@code
 * RegisteredSeal seal = RegisteredSeal.parse(json);
 * Instant at = record.anchoredAt();
 * boolean usable = seal.validAt(at) && seal.inServiceAt(at); // retiring spares what was anchored before
 * }</pre>
 *
 * @param fingerprint SHA-256 of the certificate's DER, lowercase hex
 * @param algorithm the key's algorithm, {@code SM2} or {@code P-256}
 * @param pem the certificate in PEM armour, as the contract re-encoded it
 * @param notBefore start of the certificate's validity window
 * @param notAfter end of the certificate's validity window
 * @param department the owning department's unified social credit code
 * @param msp the owning region (MSP id)
 * @param registeredAt the time of the registering transaction
 * @param retiredAt the time of the retiring transaction, or {@code null} while in service
 */
public record RegisteredSeal(String fingerprint, String algorithm, String pem, Instant notBefore, Instant notAfter,
                             String department, String msp, Instant registeredAt, Instant retiredAt) {

    /** The key algorithms the contract accepts for a seal, as it names them. */
    private static final Set<String> ALGORITHMS = Set.of("SM2", "P-256");

    private static final Set<String> FIELDS = Set.of("fingerprint", "algorithm", "pem", "notBefore", "notAfter",
            "department", "msp", "registeredAt", "retiredAt");

    /**
     * Checks the fingerprint, the algorithm, the owner's code and the validity window.
     *
     * @throws InvalidFieldException naming the first wrong part
     */
    public RegisteredSeal {
        FieldChecks.sha256Hex(fingerprint, "fingerprint");
        if (!ALGORITHMS.contains(Objects.requireNonNull(algorithm, "algorithm"))) {
            throw new InvalidFieldException(InvalidFieldException.Reason.MALFORMED, "algorithm",
                    "algorithm must be SM2 or P-256, got \"" + algorithm + "\"");
        }
        Objects.requireNonNull(pem, "pem");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        if (notAfter.isBefore(notBefore)) {
            throw new InvalidFieldException(InvalidFieldException.Reason.INCONSISTENT, "notAfter",
                    "notAfter " + notAfter + " is before notBefore " + notBefore);
        }
        FieldChecks.uscc(department, "department");
        Objects.requireNonNull(msp, "msp");
        Objects.requireNonNull(registeredAt, "registeredAt");
    }

    /**
     * Reads the contract's {@code findSeal} answer.
     *
     * @throws LedgerException {@link LedgerException.Reason#MALFORMED_RESPONSE} when it cannot be read
     */
    public static RegisteredSeal parse(String json) throws LedgerException {
        return Responses.read(json, "seal record", RegisteredSeal::fromJson);
    }

    static RegisteredSeal fromJson(JsonObjectReader json) {
        json.allowOnly(FIELDS);
        return new RegisteredSeal(json.string("fingerprint"), json.string("algorithm"), json.string("pem"),
                Responses.instant(json, "notBefore"), Responses.instant(json, "notAfter"), json.string("department"),
                json.string("msp"), Responses.instant(json, "registeredAt"),
                json.has("retiredAt") ? Responses.instant(json, "retiredAt") : null);
    }

    /** Whether {@code time} lies within the certificate's validity window, both ends included. */
    public boolean validAt(Instant time) {
        return !time.isBefore(notBefore) && !time.isAfter(notAfter);
    }

    /**
     * Whether the seal was registered and not yet retired at {@code time}. A seal retired at {@code time} is
     * no longer in service then: the contract refuses it from its retiring transaction on.
     */
    public boolean inServiceAt(Instant time) {
        return !registeredAt.isAfter(time) && (retiredAt == null || retiredAt.isAfter(time));
    }

    /** Whether the seal has been retired. */
    public boolean retired() {
        return retiredAt != null;
    }
}
