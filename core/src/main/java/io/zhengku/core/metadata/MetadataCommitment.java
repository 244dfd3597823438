package io.zhengku.core.metadata;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The commitment to a licence's metadata that is anchored on the ledger (元数据承诺): the SHA-256 of the
 * canonical JSON object mapping every field name to its salted digest ({@link FieldDisclosure#digest()}).
 * A holder later opens any subset of fields; the relying party gets the other fields' digests only, and
 * can still recompute the commitment.
 *
 * <pre>{@code
 * Committed c = MetadataCommitment.commit(Map.of("holderName", "张三", "validUntil", "2030-12-31"), random);
 * ledgerEntry.put("metadataCommitment", c.commitment());
 * // at presentation time:
 * MetadataCommitment.verify(c.commitment(), List.of(c.disclosure("validUntil")), c.hiddenDigests(Set.of("validUntil")));
 * }</pre>
 */
public final class MetadataCommitment {

    private static final HexFormat HEX = HexFormat.of();

    private MetadataCommitment() {
    }

    /** Draws a fresh salt per field and commits to all fields. */
    public static Committed commit(Map<String, String> fields, SecureRandom random) {
        Objects.requireNonNull(fields, "fields");
        Objects.requireNonNull(random, "random");
        List<FieldDisclosure> disclosures = new ArrayList<>();
        new TreeMap<>(fields).forEach((name, value) -> disclosures.add(new FieldDisclosure(name, salt(random), value)));
        return new Committed(commitmentOf(digests(disclosures, Map.of())), disclosures);
    }

    /**
     * Checks that the disclosed fields together with the digests of the hidden ones give the anchored
     * commitment.
     *
     * @throws DisclosureException with {@code COMMITMENT_MISMATCH} when anything was changed, or another
     *                             reason when the input is malformed
     */
    public static void verify(String commitment, List<FieldDisclosure> disclosed, Map<String, String> hiddenDigests) {
        Objects.requireNonNull(commitment, "commitment");
        String recomputed = commitmentOf(digests(disclosed, hiddenDigests));
        if (!MessageDigest.isEqual(recomputed.getBytes(StandardCharsets.US_ASCII),
                commitment.getBytes(StandardCharsets.US_ASCII))) {
            throw new DisclosureException(DisclosureException.Reason.COMMITMENT_MISMATCH,
                    "the disclosed fields do not match the anchored metadata commitment");
        }
    }

    private static Map<String, String> digests(List<FieldDisclosure> disclosed, Map<String, String> hiddenDigests) {
        Map<String, String> digests = new TreeMap<>();
        hiddenDigests.forEach((name, digest) -> {
            MetadataField.requireFieldName(name);
            requireDigestHex(name, digest);
            digests.put(name, digest);
        });
        for (FieldDisclosure disclosure : disclosed) {
            if (digests.putIfAbsent(disclosure.name(), HEX.formatHex(disclosure.digest())) != null) {
                throw new DisclosureException(DisclosureException.Reason.DUPLICATE_FIELD, "field "
                        + disclosure.name() + " is given twice; disclose it once or send its digest, not both");
            }
        }
        return digests;
    }

    private static String commitmentOf(Map<String, String> fieldDigests) {
        return Digest.sha256Of(CanonicalJson.encode(fieldDigests)).hex();
    }

    private static void requireDigestHex(String name, String digest) {
        if (digest == null || !digest.matches("[0-9a-f]{64}")) {
            throw new DisclosureException(DisclosureException.Reason.MALFORMED,
                    "digest of hidden field " + name + " must be 64 lowercase hex characters");
        }
    }

    private static String salt(SecureRandom random) {
        byte[] salt = new byte[FieldDisclosure.SALT_BYTES];
        random.nextBytes(salt);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(salt);
    }

    /**
     * A fresh commitment and the openings of every field, which only the issuer's vault keeps.
     *
     * @param commitment  lowercase hex SHA-256, the value anchored on the ledger
     * @param disclosures one per field, ordered by field name
     */
    public record Committed(String commitment, List<FieldDisclosure> disclosures) {

        /** Keeps an immutable copy of the disclosures. */
        public Committed {
            Objects.requireNonNull(commitment, "commitment");
            disclosures = List.copyOf(disclosures);
        }

        /** The opening of one field, to hand to a relying party. */
        public FieldDisclosure disclosure(String name) {
            return disclosures.stream().filter(d -> d.name().equals(name)).findFirst()
                    .orElseThrow(() -> new DisclosureException(DisclosureException.Reason.UNKNOWN_FIELD,
                            "this licence has no field " + name));
        }

        /** The digests of every field not in {@code disclosed}, which a presentation carries instead of values. */
        public Map<String, String> hiddenDigests(Set<String> disclosed) {
            Map<String, String> hidden = new TreeMap<>();
            disclosures.stream().filter(d -> !disclosed.contains(d.name()))
                    .forEach(d -> hidden.put(d.name(), HEX.formatHex(d.digest())));
            return hidden;
        }
    }
}
