package io.zhengku.ledger;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.CanonicalJsonException;
import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import io.zhengku.core.json.JsonObjectReader;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.function.Function;
import java.util.function.Supplier;

/** Reads the contract's JSON answers, turning what cannot be read into {@link LedgerException.Reason#MALFORMED_RESPONSE}. */
final class Responses {

    private Responses() {
    }

    /**
     * Parses {@code json} as an object named {@code what} and reads it with {@code reader}; any refusal,
     * whether by the strict reader or by a record's constructor, means the answer is not what was expected.
     */
    static <T> T read(String json, String what, Function<JsonObjectReader, T> reader) throws LedgerException {
        return read(() -> JsonObjectReader.parse(json, what), what, reader);
    }

    /** {@link #read(String, String, Function)} for UTF-8 bytes, which are checked as strictly as the JSON. */
    static <T> T read(byte[] json, String what, Function<JsonObjectReader, T> reader) throws LedgerException {
        return read(() -> JsonObjectReader.of(CanonicalJson.parse(json), what), what, reader);
    }

    private static <T> T read(Supplier<JsonObjectReader> parser, String what, Function<JsonObjectReader, T> reader)
            throws LedgerException {
        try {
            return reader.apply(parser.get());
        } catch (IllegalArgumentException | CanonicalJsonException e) {
            throw malformed(what, e);
        }
    }

    /** The failure for an answer that the parser, a reader or a record's constructor refused. */
    static LedgerException malformed(String what, RuntimeException e) {
        return new LedgerException(LedgerException.Reason.MALFORMED_RESPONSE, false, null,
                "the ledger's " + what + " cannot be read (" + e.getMessage() + "); check that the client and the"
                        + " deployed zhengku contract are of the same version", e);
    }

    /** An ISO-8601 instant such as {@code 2026-11-02T08:00:00Z}, as the contract writes transaction times. */
    static Instant instant(JsonObjectReader json, String name) {
        String text = json.string(name);
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            String field = json.what() + " field " + name;
            throw new InvalidFieldException(Reason.MALFORMED, field, field + " must be an ISO-8601 instant, got \""
                    + text + "\"", e);
        }
    }

    /** The field's value as a constant of {@code type}. */
    static <E extends Enum<E>> E constant(JsonObjectReader json, String name, Class<E> type) {
        String text = json.string(name);
        try {
            return Enum.valueOf(type, text);
        } catch (IllegalArgumentException e) {
            String field = json.what() + " field " + name;
            throw new InvalidFieldException(Reason.MALFORMED, field, field + " \"" + text + "\" is not a "
                    + type.getSimpleName(), e);
        }
    }
}
