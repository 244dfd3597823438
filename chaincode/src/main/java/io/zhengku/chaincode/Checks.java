package io.zhengku.chaincode;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.core.party.PartyCodeException;
import io.zhengku.core.party.UnifiedSocialCreditCode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Syntax checks for single values. Each names the value ({@code what}, e.g. {@code "batch entry 3 field
 * sha256"}) and refuses with {@link ErrorCode#INVALID_ARGUMENT}; each returns the value it accepted, in the
 * one spelling the ledger stores.
 */
final class Checks {

    private static final Pattern TYPE_CODE = Pattern.compile("[0-9A-Z]{21}");
    private static final Pattern CODE = Pattern.compile("[A-Z0-9_]{1,32}");
    private static final DateTimeFormatter ISO_DATE =
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT);

    private Checks() {
    }

    /** A SHA-256 digest in lowercase hex, as every key and reference of the ledger spells it. */
    static String sha256Hex(String value, String what) {
        return digestHex(DigestAlgorithm.SHA256, value, what);
    }

    /** An SM3 digest in lowercase hex. */
    static String sm3Hex(String value, String what) {
        return digestHex(DigestAlgorithm.SM3, value, what);
    }

    /** A unified social credit code (统一社会信用代码) with a correct GB 32100 check character. */
    static String uscc(String value, String what) {
        try {
            return new UnifiedSocialCreditCode(required(value, what)).code();
        } catch (PartyCodeException e) {
            throw ErrorCode.INVALID_ARGUMENT.refuse(what + ": " + e.getMessage());
        }
    }

    /** A licence or material type code: 21 characters of 0-9A-Z, as in GB/T 36904. */
    static String typeCode(String value, String what) {
        return matching(TYPE_CODE, value, what, "21 characters of 0-9 and uppercase A-Z (a GB/T 36904 type code)");
    }

    /** A machine-readable code such as a revocation reason: 1 to 32 of A-Z, 0-9 and underscore. */
    static String code(String value, String what) {
        return matching(CODE, value, what, "1 to 32 characters of A-Z, 0-9 and _");
    }

    /** A calendar date written {@code yyyy-MM-dd}. */
    static LocalDate isoDate(String value, String what) {
        try {
            return LocalDate.parse(required(value, what), ISO_DATE);
        } catch (DateTimeParseException e) {
            throw ErrorCode.INVALID_ARGUMENT.refuse(what + " must be a date written yyyy-MM-dd, got \""
                    + value + "\"");
        }
    }

    /**
     * Human-readable text of 1 to {@code maxLength} characters without control characters or surrounding
     * blanks, so that one meaning has one spelling on the ledger.
     */
    static String text(String value, int maxLength, String what) {
        required(value, what);
        int length = value.codePointCount(0, value.length());
        if (length == 0 || length > maxLength || !value.strip().equals(value)
                || value.codePoints().anyMatch(Character::isISOControl)) {
            throw ErrorCode.INVALID_ARGUMENT.refuse(what + " must be 1 to " + maxLength
                    + " characters without control characters or leading/trailing blanks");
        }
        return value;
    }

    /** Standard padded base64 of 1 to {@code maxBytes} bytes, in its only canonical spelling. */
    static String base64(String value, int maxBytes, String what) {
        required(value, what);
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(value);
        } catch (IllegalArgumentException e) {
            throw ErrorCode.INVALID_ARGUMENT.refuse(what + " must be standard padded base64: " + e.getMessage());
        }
        if (bytes.length == 0 || bytes.length > maxBytes || !Base64.getEncoder().encodeToString(bytes).equals(value)) {
            throw ErrorCode.INVALID_ARGUMENT.refuse(what + " must be canonical standard padded base64 of 1 to "
                    + maxBytes + " bytes");
        }
        return value;
    }

    /** Matches {@code pattern} or is refused with {@code rule} in the message. */
    static String matching(Pattern pattern, String value, String what, String rule) {
        if (!pattern.matcher(required(value, what)).matches()) {
            throw ErrorCode.INVALID_ARGUMENT.refuse(what + " must be " + rule + ", got \"" + value + "\"");
        }
        return value;
    }

    private static String digestHex(DigestAlgorithm algorithm, String value, String what) {
        try {
            return Digest.ofHex(algorithm, required(value, what)).hex();
        } catch (IllegalArgumentException e) {
            throw ErrorCode.INVALID_ARGUMENT.refuse(what + ": " + e.getMessage());
        }
    }

    private static String required(String value, String what) {
        if (value == null) {
            throw ErrorCode.INVALID_ARGUMENT.refuse(what + " is missing");
        }
        return value;
    }
}
