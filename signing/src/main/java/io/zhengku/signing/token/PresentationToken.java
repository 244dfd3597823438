package io.zhengku.signing.token;

import static java.util.Objects.requireNonNull;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.metadata.DisclosureException;
import io.zhengku.core.metadata.FieldDisclosure;
import io.zhengku.core.metadata.MetadataCommitment;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The claims of a presentation token (亮证令牌), shown as a short-lived QR code: which licence, the digest of
 * its document, the fields the holder discloses with their salts, the salted digests of the fields kept
 * hidden (so the verifier can recompute the metadata commitment anchored on the ledger), who issued the
 * token and for how long it is good, a random one-time id and optionally the relying party it is meant for.
 *
 * <pre>{@code
 * new PresentationToken("seal-sm2-2026", licenceId, digest, List.of(holderName), committed.hiddenDigests(shown),
 *         now, now.plusSeconds(120), tokenId, Optional.of("bank-of-shanghai"))
 * }</pre>
 *
 * @param keyId the issuer key that signs the token, as the issuer registry names it
 * @param licence the licence shown
 * @param digest the digest of the licence document
 * @param disclosures the disclosed fields, each with the salt it was committed with, sorted by name
 * @param hiddenDigests the salted digest (lowercase hex) of every other field of the licence, by field name
 * @param issuedAt when the token was made (whole seconds)
 * @param expiresAt when it stops being valid, at most {@link #MAX_LIFETIME} after {@code issuedAt}
 * @param tokenId one-time id: 16 random bytes in unpadded base64url
 * @param audience the relying party the token is for, if it is bound to one
 */
public record PresentationToken(String keyId, LicenceId licence, Digest digest, List<FieldDisclosure> disclosures,
                                Map<String, String> hiddenDigests, Instant issuedAt, Instant expiresAt, String tokenId, Optional<String> audience) {

    /** Longest a token may live: long enough to scan at a counter, short enough that a photo of it is stale. */
    public static final Duration MAX_LIFETIME = Duration.ofMinutes(10);

    private static final Pattern SHA256_HEX = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern TOKEN_ID = Pattern.compile("[A-Za-z0-9_-]{22}");
    private static final Pattern NAME = Pattern.compile("[\\x21-\\x7e]{1,64}");

    public PresentationToken {
        requireNonNull(licence, "licence");
        requireNonNull(digest, "digest");
        disclosures = disclosures.stream().sorted(Comparator.comparing(FieldDisclosure::name)).toList();
        hiddenDigests = Collections.unmodifiableMap(new TreeMap<>(hiddenDigests));
        issuedAt = requireNonNull(issuedAt, "issuedAt").truncatedTo(ChronoUnit.SECONDS);
        expiresAt = requireNonNull(expiresAt, "expiresAt").truncatedTo(ChronoUnit.SECONDS);
        requireNonNull(audience, "audience");
        requireName(keyId, "key id");
        audience.ifPresent(a -> requireName(a, "audience"));
        if (!TOKEN_ID.matcher(requireNonNull(tokenId, "tokenId")).matches()) {
            throw new IllegalArgumentException("a token id is 16 random bytes in unpadded base64url");
        }
        if (disclosures.stream().map(FieldDisclosure::name).distinct().count() != disclosures.size()) {
            throw new IllegalArgumentException("a field is disclosed at most once");
        }
        if (!hiddenDigests.values().stream().allMatch(SHA256_HEX.asMatchPredicate())) {
            throw new IllegalArgumentException("a hidden field's digest is a SHA-256 in lowercase hex");
        }
        Map<String, String> hidden = hiddenDigests;
        if (disclosures.stream().anyMatch(d -> hidden.containsKey(d.name()))) {
            throw new IllegalArgumentException("a field is either disclosed or hidden, not both");
        }
        if (!expiresAt.isAfter(issuedAt) || Duration.between(issuedAt, expiresAt).compareTo(MAX_LIFETIME) > 0) {
            throw new IllegalArgumentException("a token lives more than zero and at most " + MAX_LIFETIME);
        }
    }

    /**
     * Checks the disclosed fields against the metadata commitment anchored for this licence: the token's
     * signature says who made it, this says the values are the ones the issuing department anchored.
     *
     * @throws DisclosureException {@code COMMITMENT_MISMATCH} when a value, salt or hidden digest differs
     */
    public void openCommitment(String anchoredCommitment) {
        MetadataCommitment.verify(anchoredCommitment, disclosures, hiddenDigests);
    }

    private static void requireName(String value, String what) {
        if (!NAME.matcher(requireNonNull(value, what)).matches()) {
            throw new IllegalArgumentException("a " + what + " is 1 to 64 printable ASCII characters without spaces");
        }
    }
}
