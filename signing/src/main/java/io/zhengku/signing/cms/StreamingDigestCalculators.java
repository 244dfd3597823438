package io.zhengku.signing.cms;

import io.zhengku.signing.digest.DigestOids;
import io.zhengku.signing.digest.StreamingDigest;
import java.io.OutputStream;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.operator.DigestCalculator;
import org.bouncycastle.operator.DigestCalculatorProvider;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Feeds CMS content through {@link StreamingDigest}, so a document is hashed with the JDK's accelerated
 * SHA-256 rather than Bouncy Castle's, and with nothing but SHA-256 and SM3.
 */
final class StreamingDigestCalculators implements DigestCalculatorProvider {

    @Override
    public DigestCalculator get(AlgorithmIdentifier algorithm) throws OperatorCreationException {
        StreamingDigest digest = new StreamingDigest(DigestOids.byOid(algorithm.getAlgorithm()).orElseThrow(
                () -> new OperatorCreationException("digest " + algorithm.getAlgorithm() + " is not allowed")));
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[] {(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                digest.update(bytes, offset, length);
            }
        };
        return new DigestCalculator() {
            @Override
            public AlgorithmIdentifier getAlgorithmIdentifier() {
                return algorithm;
            }

            @Override
            public OutputStream getOutputStream() {
                return sink;
            }

            @Override
            public byte[] getDigest() {
                return digest.finish().bytes();
            }
        };
    }
}
