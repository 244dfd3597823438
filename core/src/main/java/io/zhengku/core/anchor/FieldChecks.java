package io.zhengku.core.anchor;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.licence.LicenceIdException;
import io.zhengku.core.party.PartyCodeException;
import io.zhengku.core.party.UnifiedSocialCreditCode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Syntax checks for the single values of anchor entries, batches and status changes (字段校验). Each names
 * the value ({@code what}, e.g. {@code "sha256"}), refuses it with an {@link InvalidFieldException} and
 * returns the value it accepted, in the one spelling the ledger stores: a value is refused, never
 * normalised, because its bytes are hashed and signed.
 *
 * <pre>{@code
 * String digest = FieldChecks.sha256Hex(argument, "sha256");
 * }</pre>
 */
public final class FieldChecks {

    private static final Pattern TYPE_CODE = Pattern.compile("[0-9A-Z]{21}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,32}");
    private static final Pattern BATCH_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private FieldChecks() {
    }

    /** A SHA-256 digest in lowercase hex, as every key and reference of the ledger spells it. */
    public static String sha256Hex(String value, String what) {
        return digestHex(DigestAlgorithm.SHA256, value, what);
    }

    /** An SM3 digest in lowercase hex. */
    public static String sm3Hex(String value, String what) {
        return digestHex(DigestAlgorithm.SM3, value, what);
    }

    /** A unified social credit code (统一社会信用代码) with a correct GB 32100 check character. */
    public static String uscc(String value, String what) {
        try {
            return new UnifiedSocialCreditCode(required(value, what)).code();
        } catch (PartyCodeException e) {
            throw new InvalidFieldException(Reason.MALFORMED, what, what + ": " + e.getMessage(), e);
        }
    }

    /** A licence or material type code: 21 characters of 0-9A-Z, as in GB/T 36904. */
    public static String typeCode(String value, String what) {
        return matching(TYPE_CODE, value, what, "21 characters of 0-9 and uppercase A-Z (a GB/T 36904 type code)");
    }

    /** A machine-readable code such as a revocation reason: 1 to 32 of A-Z, 0-9 and underscore. */
    public static String code(String value, String what) {
        return matching(CODE, value, what, "1 to 32 characters of A-Z, 0-9 and _");
    }

    /** A batch id: 1 to 64 characters of A-Z, a-z, 0-9, {@code . _ : -}. */
    public static String batchId(String value, String what) {
        return matching(BATCH_ID, value, what, "1 to 64 characters of A-Z, a-z, 0-9, '.', '_', ':', '-'");
    }

    /** A GB/T 36904 licence identifier or a {@link MaterialId}, told apart by the licence prefix. */
    public static String documentId(String value, String what) {
        if (required(value, what).startsWith(LicenceId.PREFIX)) {
            licenceId(value, what);
        } else {
            MaterialId.parse(value);
        }
        return value;
    }

    /** A calendar date written {@code yyyy-MM-dd}. */
    public static LocalDate isoDate(String value, String what) {
        try {
            return LocalDate.parse(required(value, what), ISO_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidFieldException(Reason.MALFORMED, what, what + " must be a date written yyyy-MM-dd, got \""
                    + value + "\"", e);
        }
    }

    /**
     * A transaction time in ISO-8601 UTC, spelled as {@link Instant#toString()} spells it, e.g.
     * {@code 2026-11-02T08:00:00Z}: the contract writes its times so, and a record read back must encode to
     * the bytes it was read from.
     */
    public static Instant instant(String value, String what) {
        required(value, what);
        try {
            Instant instant = Instant.parse(value);
            if (instant.toString().equals(value)) {
                return instant;
            }
        } catch (DateTimeParseException e) {
            throw notAnInstant(value, what, e);
        }
        throw notAnInstant(value, what, null);
    }

    /**
     * Human-readable text of 1 to {@code maxLength} characters without control characters or surrounding
     * blanks, so that one meaning has one spelling on the ledger.
     */
    public static String text(String value, int maxLength, String what) {
        required(value, what);
        int length = value.codePointCount(0, value.length());
        if (length == 0 || length > maxLength || !value.strip().equals(value)
                || value.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidFieldException(Reason.MALFORMED, what, what + " must be 1 to " + maxLength
                    + " characters without control characters or leading/trailing blanks");
        }
        return value;
    }

    /** Standard padded base64 of 1 to {@code maxBytes} bytes, in its only canonical spelling. */
    public static String base64(String value, int maxBytes, String what) {
        required(value, what);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(Reason.MALFORMED, what, what + " must be standard padded base64: "
                    + e.getMessage(), e);
        }
        if (bytes.length == 0 || bytes.length > maxBytes || !Base64.getEncoder().encodeToString(bytes).equals(value)) {
            throw new InvalidFieldException(Reason.MALFORMED, what, what
                    + " must be canonical standard padded base64 of 1 to " + maxBytes + " bytes");
        }
        return value;
    }

    /** The value, refused as {@link Reason#MISSING} when {@code null}. */
    static <T> T required(T value, String what) {
        if (value == null) {
            throw new InvalidFieldException(Reason.MISSING, what, what + " is missing");
        }
        return value;
    }

    /** Matches {@code pattern} or is refused with {@code rule} in the message. */
    static String matching(Pattern pattern, String value, String what, String rule) {
        if (!pattern.matcher(required(value, what)).matches()) {
            throw new InvalidFieldException(Reason.MALFORMED, what, what + " must be " + rule + ", got \"" + value + "\"");
        }
        return value;
    }

    static LicenceId licenceId(String value, String what) {
        try {
            return LicenceId.parse(required(value, what));
        } catch (LicenceIdException e) {
            throw new InvalidFieldException(Reason.MALFORMED, what, what + ": " + e.getMessage(), e);
        }
    }

    private static InvalidFieldException notAnInstant(String value, String what, Throwable cause) {
        return new InvalidFieldException(Reason.MALFORMED, what, what + " must be an ISO-8601 UTC instant such as"
                + " 2026-11-02T08:00:00Z, got \"" + value + "\"", cause);
    }

    private static String digestHex(DigestAlgorithm algorithm, String value, String what) {
        required(value, what);
        try {
            return Digest.ofHex(algorithm, value).hex();
        } catch (IllegalArgumentException e) {
            throw new InvalidFieldException(Reason.MALFORMED, what, what + ": " + e.getMessage(), e);
        }
    }
}
