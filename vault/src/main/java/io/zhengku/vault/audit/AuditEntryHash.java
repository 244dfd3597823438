package io.zhengku.vault.audit;

import io.zhengku.core.digest.Digest;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The hash that chains an audit line to the one before it (审计链哈希), computed here exactly as the database's
 * {@code audit_chain_append} computes it when the line's transaction commits (migration V2): SHA-256 over the
 * previous hash's hex and then each field as its length in UTF-8 bytes, {@code ':'} and the field, or {@code '-'}
 * for none; the time as UTC to the microsecond. Length-prefixed fields make the text unambiguous: no two
 * different lines give the same text.
 *
 * <pre>{@code
 * String hash = AuditEntryHash.next(AuditEntryHash.GENESIS, line); // the first line's
 * }</pre>
 */
public final class AuditEntryHash {

    /** What the first line of a trail is chained to. */
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MICROSECONDS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'").withZone(ZoneOffset.UTC);

    private AuditEntryHash() {
    }

    /** The chained hash of {@code line}, lowercase hex, after the line whose chained hash is {@code previous}. */
    public static String next(String previous, AuditEvent line) {
        StringBuilder text = new StringBuilder(previous);
        field(text, Long.toString(line.id()));
        field(text, MICROSECONDS.format(line.at().truncatedTo(ChronoUnit.MICROS)));
        field(text, line.actor());
        field(text, line.actorRole());
        field(text, line.action());
        field(text, line.target());
        field(text, line.outcome());
        field(text, line.remote());
        return Digest.sha256Of(text.toString().getBytes(StandardCharsets.UTF_8)).hex();
    }

    private static void field(StringBuilder text, String value) {
        if (value == null) {
            text.append('-');
        } else {
            text.append(value.getBytes(StandardCharsets.UTF_8).length).append(':').append(value);
        }
    }
}
