package io.zhengku.vault.audit;

import static org.assertj.core.api.Assertions.assertThat;

import io.zhengku.ledger.AuditHead;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class AuditChainCheckTest {

    private static final String TRAIL = "trail-1";

    private final List<AuditEvent> lines = List.of(line(1, "ok"), line(2, "not-found"), line(3, "ok"), line(4, "ok"));
    private final List<String> hashes = chain(lines);

    @Test
    void the_hash_is_sha256_over_the_previous_hash_and_each_field_length_prefixed() {
        AuditEvent line = new AuditEvent(7L, Instant.parse("2026-12-04T08:00:00.123456789Z"), "11310101002479609K",
                "department", "licence.read", "上海", "ok", null);

        // The time to the microsecond, as the database keeps it; 上海 is 6 bytes of UTF-8; no remote address.
        assertThat(AuditEntryHash.next(AuditEntryHash.GENESIS, line))
                .isEqualTo(sha256Hex(AuditEntryHash.GENESIS + "1:7" + "27:2026-12-04T08:00:00.123456Z"
                        + "18:11310101002479609K" + "10:department" + "12:licence.read" + "6:上海" + "2:ok" + "-"));
    }

    @Test
    void an_untouched_chain_with_its_heads_is_intact() {
        AuditChainCheck check = walk(lines, hashes, List.of(head(2), head(4)));

        assertThat(check.breaks()).isEmpty();
        assertThat(check.entries()).isEqualTo(4);
        assertThat(check.head()).isEqualTo(hashes.get(3));
        assertThat(check.sinceLastAnchored()).isZero();
    }

    @Test
    void a_line_changed_in_place_breaks_at_its_entry_and_at_every_head_after_it() {
        List<AuditEvent> changed = new ArrayList<>(lines);
        changed.set(1, line(2, "ok"));

        AuditChainCheck check = walk(changed, hashes, List.of(head(1), head(3)));

        assertThat(check.breaks()).containsExactly(
                "entry 2: audit line 2 is not the line that was chained: it was changed after it was written",
                "entry 3: the chain recomputed from the lines differs from the head anchored at 2026-12-04T09:00:00Z"
                        + " in transaction tx-3: the trail was rewritten at or before entry 3");
    }

    @Test
    void a_rewrite_with_recomputed_hashes_is_found_only_by_a_later_head() {
        List<AuditEvent> changed = new ArrayList<>(lines);
        changed.set(1, line(2, "ok"));

        AuditChainCheck check = walk(changed, chain(changed), List.of(head(1), head(3)));

        assertThat(check.breaks()).singleElement().asString().startsWith("entry 3: the chain recomputed");
    }

    @Test
    void deleted_entries_and_a_head_beyond_the_end_are_found() {
        AuditChainCheck.Builder builder = new AuditChainCheck.Builder(TRAIL, List.of(head(2), head(4)));
        builder.entry(1, 1, hashes.get(0), lines.get(0));
        builder.entry(3, 3, hashes.get(2), lines.get(2));
        builder.headRow(3, hashes.get(2));
        builder.unchained(0);

        assertThat(builder.build().breaks()).containsExactly(
                "entries 2 to 2 are missing from the chain: they were deleted after they were chained",
                "the ledger holds a head at entry 2 (anchored at 2026-12-04T09:00:00Z), but the chain has no entry 2:"
                        + " entries were deleted",
                "the ledger holds a head at entry 4 (anchored at 2026-12-04T09:00:00Z), but the chain has no entry 4:"
                        + " entries were deleted");
    }

    @Test
    void a_line_gone_from_under_its_entry_and_lines_never_chained_are_found() {
        AuditChainCheck.Builder builder = new AuditChainCheck.Builder(TRAIL, List.of());
        builder.entry(1, 1, hashes.get(0), null);
        builder.headRow(1, hashes.get(0));
        builder.unchained(2);

        assertThat(builder.build().breaks()).containsExactly(
                "entry 1: its audit line (event 1) is gone: it was deleted",
                "2 audit line(s) were never chained: written while the chaining trigger was off");
    }

    @Test
    void without_any_head_every_entry_is_still_to_anchor() {
        AuditChainCheck check = walk(lines, hashes, List.of());

        assertThat(check.intact()).isTrue();
        assertThat(check.lastAnchored()).isEmpty();
        assertThat(check.sinceLastAnchored()).isEqualTo(4);
    }

    private AuditChainCheck walk(List<AuditEvent> walked, List<String> stored, List<AuditHead> heads) {
        AuditChainCheck.Builder builder = new AuditChainCheck.Builder(TRAIL, heads);
        for (int i = 0; i < walked.size(); i++) {
            builder.entry(i + 1, walked.get(i).id(), stored.get(i), walked.get(i));
        }
        builder.headRow(walked.size(), stored.get(stored.size() - 1));
        builder.unchained(0);
        return builder.build();
    }

    private AuditHead head(long sequence) {
        return new AuditHead("ShanghaiMSP", TRAIL, sequence, hashes.get((int) sequence - 1),
                Instant.parse("2026-12-04T09:00:00Z"), "tx-" + sequence);
    }

    private static List<String> chain(List<AuditEvent> lines) {
        List<String> hashes = new ArrayList<>();
        String previous = AuditEntryHash.GENESIS;
        for (AuditEvent line : lines) {
            previous = AuditEntryHash.next(previous, line);
            hashes.add(previous);
        }
        return hashes;
    }

    private static AuditEvent line(long id, String outcome) {
        return new AuditEvent(id, Instant.parse("2026-12-04T08:00:00Z").plusSeconds(id), "11310101002479609K",
                "department", "licence.read", "licence-" + id, outcome, "127.0.0.1");
    }

    private static String sha256Hex(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
