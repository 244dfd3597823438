package io.zhengku.signing.token;

import static io.zhengku.signing.RejectionReason.MALFORMED;
import static io.zhengku.signing.RejectionReason.WRONG_ALGORITHM;
import static java.nio.charset.StandardCharsets.US_ASCII;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.digest.DigestAlgorithm;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.CanonicalJsonException;
import io.zhengku.core.licence.LicenceId;
import io.zhengku.core.metadata.FieldDisclosure;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.Signer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The token text: {@code ZK1.<base64url(canonical JSON claims)>.<base64url(r || s)>}, signed over the ASCII
 * of {@code ZK1.<claims>}. Decoding accepts exactly one spelling of each token: canonical JSON, unpadded
 * base64url that re-encodes to itself, only the known claim names.
 */
final class TokenCodec {

    static final String PREFIX = "ZK1";
    private static final Set<String> REQUIRED = Set.of("alg", "kid", "lic", "dig", "fld", "hid", "iat", "exp", "jti");
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final HexFormat HEX = HexFormat.of();
    /** The last second of the year 9999: a later time overflows {@link Instant} or the clock checks' arithmetic. */
    private static final long LAST_SECOND = 253_402_300_799L;

    /** A token taken apart, its signature not yet checked. */
    record Decoded(TokenAlgorithm algorithm, PresentationToken token, byte[] signingInput, byte[] derSignature) {
    }

    private TokenCodec() {
    }

    static String encode(PresentationToken token, TokenAlgorithm algorithm, Signer signer) {
        String signingInput = PREFIX + "." + ENCODER.encodeToString(CanonicalJson.encode(claims(token, algorithm)));
        byte[] signature = RawSignatures.fromDer(signer.sign(signingInput.getBytes(US_ASCII)));
        return signingInput + "." + ENCODER.encodeToString(signature);
    }

    static Decoded decode(String text) throws VerificationException {
        String[] parts = text.split("\\.", -1);
        if (parts.length != 3 || !PREFIX.equals(parts[0])) {
            throw new VerificationException(MALFORMED, "a token reads ZK1.<claims>.<signature>");
        }
        try {
            Map<?, ?> claims = claims(base64(parts[1]));
            String algorithmName = string(claims, "alg");
            TokenAlgorithm algorithm = TokenAlgorithm.byJsonName(algorithmName).orElseThrow(
                    () -> new VerificationException(WRONG_ALGORITHM, "token algorithm '" + algorithmName
                            + "' is not allowed; only SM2 and ES256 are"));
            return new Decoded(algorithm, token(claims), (parts[0] + "." + parts[1]).getBytes(US_ASCII),
                    RawSignatures.toDer(base64(parts[2])));
        } catch (IllegalArgumentException | CanonicalJsonException e) {
            throw new VerificationException(MALFORMED, "the token is malformed: " + e.getMessage(), e);
        }
    }

    private static Map<String, Object> claims(PresentationToken token, TokenAlgorithm algorithm) {
        Map<String, Object> fields = new TreeMap<>();
        token.disclosures().forEach(d -> fields.put(d.name(), List.of(d.salt(), d.value())));
        Map<String, Object> claims = new TreeMap<>();
        claims.put("alg", algorithm.jsonName());
        claims.put("kid", token.keyId());
        claims.put("lic", token.licence().toString());
        claims.put("dig", token.digest().toString());
        claims.put("fld", fields);
        Map<String, Object> hidden = new TreeMap<>();
        token.hiddenDigests().forEach((name, hex) -> hidden.put(name, ENCODER.encodeToString(HEX.parseHex(hex))));
        claims.put("hid", hidden);
        claims.put("iat", token.issuedAt().getEpochSecond());
        claims.put("exp", token.expiresAt().getEpochSecond());
        claims.put("jti", token.tokenId());
        token.audience().ifPresent(audience -> claims.put("aud", audience));
        return claims;
    }

    private static Map<?, ?> claims(byte[] json) {
        if (!(CanonicalJson.parse(json) instanceof Map<?, ?> claims)) {
            throw new IllegalArgumentException("the claims are not a JSON object");
        }
        if (!Arrays.equals(CanonicalJson.encode(claims), json)) {
            throw new IllegalArgumentException("the claims are not canonical JSON");
        }
        Set<?> names = claims.keySet();
        if (!names.containsAll(REQUIRED) || names.size() - REQUIRED.size() != (names.contains("aud") ? 1 : 0)) {
            throw new IllegalArgumentException("the claims must be exactly " + REQUIRED + " and optionally aud");
        }
        return claims;
    }

    private static PresentationToken token(Map<?, ?> claims) {
        return new PresentationToken(string(claims, "kid"), LicenceId.parse(string(claims, "lic")),
                digest(string(claims, "dig")), disclosures(claims.get("fld")), hiddenDigests(claims.get("hid")),
                time(claims, "iat"), time(claims, "exp"),
                string(claims, "jti"), Optional.ofNullable(claims.containsKey("aud") ? string(claims, "aud") : null));
    }

    private static List<FieldDisclosure> disclosures(Object value) {
        if (!(value instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException("fld is not an object");
        }
        List<FieldDisclosure> disclosures = new ArrayList<>();
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            if (!(field.getValue() instanceof List<?> pair) || pair.size() != 2
                    || !(pair.get(0) instanceof String salt) || !(pair.get(1) instanceof String text)) {
                throw new IllegalArgumentException("field " + field.getKey() + " is not [salt, value]");
            }
            disclosures.add(new FieldDisclosure((String) field.getKey(), salt, text));
        }
        return disclosures;
    }

    /** Hidden-field digests travel as base64url, a third shorter than hex, since every character costs QR space. */
    private static Map<String, String> hiddenDigests(Object value) {
        if (!(value instanceof Map<?, ?> fields)) {
            throw new IllegalArgumentException("hid is not an object");
        }
        Map<String, String> digests = new TreeMap<>();
        for (Map.Entry<?, ?> field : fields.entrySet()) {
            if (!(field.getValue() instanceof String encoded) || base64(encoded).length != DigestAlgorithm.SHA256.length()) {
                throw new IllegalArgumentException("hidden field " + field.getKey() + " is not a base64url SHA-256");
            }
            digests.put((String) field.getKey(), HEX.formatHex(base64(encoded)));
        }
        return digests;
    }

    private static Digest digest(String text) {
        int colon = text.indexOf(':');
        String name = colon < 0 ? "" : text.substring(0, colon);
        DigestAlgorithm algorithm = Arrays.stream(DigestAlgorithm.values())
                .filter(a -> a.name().toLowerCase(Locale.ROOT).equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("dig is not sha256:<hex> or sm3:<hex>"));
        return Digest.ofHex(algorithm, text.substring(colon + 1));
    }

    private static String string(Map<?, ?> claims, String name) {
        if (!(claims.get(name) instanceof String value)) {
            throw new IllegalArgumentException(name + " is not a string");
        }
        return value;
    }

    private static long number(Map<?, ?> claims, String name) {
        if (!(claims.get(name) instanceof Long value)) {
            throw new IllegalArgumentException(name + " is not an integer of seconds");
        }
        return value;
    }

    private static Instant time(Map<?, ?> claims, String name) {
        long seconds = number(claims, name);
        if (seconds < 0 || seconds > LAST_SECOND) {
            throw new IllegalArgumentException(name + " is not a time from 1970 to 9999 in seconds since 1970");
        }
        return Instant.ofEpochSecond(seconds);
    }

    private static byte[] base64(String text) {
        byte[] bytes = Base64.getUrlDecoder().decode(text);
        if (!ENCODER.encodeToString(bytes).equals(text)) {
            throw new IllegalArgumentException("not unpadded canonical base64url");
        }
        return bytes;
    }
}
