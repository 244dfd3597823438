package io.zhengku.signing.token;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.zhengku.signing.TestPki;
import io.zhengku.signing.VerificationException;
import io.zhengku.signing.key.SealAlgorithm;
import java.time.Clock;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.Set;

/**
 * Hostile text against the 亮证 token parser, which reads whatever a QR code held: {@code readUnverified} and
 * {@code verify} refuse with a {@link VerificationException} and its reason, or return the token, and a token
 * that verifies reads unverified as the same claims. Any other throwable fails the test and Jazzer keeps the
 * input under {@code PresentationTokenVerifierFuzzTestInputs/} as a regression case.
 *
 * <p>An input that starts {@code ZK1.} is the token text. Any other input is taken as the claims themselves and
 * put in a token with a signature of zeros: the claims travel base64url-encoded, and a mutation of base64 text
 * seldom leaves it canonical JSON, so without this the fuzzer would rarely get past the syntax to the claims'
 * own checks (licence identifier, digest, times, fields). The verifier knows the test PKI's demo seals under the
 * key ids the seed tokens name, at the seeds' time, so a mutated seed token reaches the signature and the times.
 */
class PresentationTokenVerifierFuzzTest {

    private static final Clock AT_NOW = TestPki.clockAt(TestPki.NOW);
    private static final Set<String> NAMES = Set.of("verifier-shanghai", "shanghai");
    private static final IssuerKeys KEYS = keyId -> Arrays.stream(SealAlgorithm.values())
            .filter(algorithm -> keyId.equals("sh-scjgj-" + algorithm.code()))
            .findFirst()
            .map(algorithm -> TestPki.seal(algorithm).certificate().getPublicKey());
    private static final Base64.Encoder BASE64URL = Base64.getUrlEncoder().withoutPadding();
    private static final String ZERO_SIGNATURE = BASE64URL.encodeToString(new byte[64]);

    @FuzzTest
    void any_text_is_read_and_verified_or_refused_with_a_reason(byte[] input) {
        String text = new String(input, UTF_8);
        String token = text.startsWith(TokenCodec.PREFIX + ".") ? text
                : TokenCodec.PREFIX + "." + BASE64URL.encodeToString(input) + "." + ZERO_SIGNATURE;
        // A fresh verifier for every input: the one-time ids of an earlier input must not decide this one's answer.
        PresentationTokenVerifier verifier = new PresentationTokenVerifier(KEYS, new InMemoryOneTimeIds(AT_NOW),
                AT_NOW);

        Optional<PresentationToken> read = readOrRefused(() -> PresentationTokenVerifier.readUnverified(token));
        Optional<PresentationToken> verified = readOrRefused(() -> verifier.verify(token, NAMES));

        verified.ifPresent(shown -> assertThat(read).as("the unverified read of a verified token").contains(shown));
    }

    /** The token, or empty when it was refused; anything but a {@link VerificationException} escapes. */
    private static Optional<PresentationToken> readOrRefused(Read read) {
        try {
            return Optional.of(read.token());
        } catch (VerificationException refused) {
            return Optional.empty();
        }
    }

    @FunctionalInterface
    private interface Read {
        PresentationToken token() throws VerificationException;
    }
}
