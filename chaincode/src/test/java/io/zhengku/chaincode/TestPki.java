package io.zhengku.chaincode;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.jce.provider.BouncyCastleProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Certificates made in the tests with Bouncy Castle: seal certificates (SM2 and P-256) and client
 * certificates with or without {@code OU=admin}. Keys and signatures come from a seeded generator, so the
 * same seed gives the same DER, and fingerprints can be pinned in golden bytes.
 */
final class TestPki {

    static {
        if (Security.getProvider(BouncyCastleProvider.PROVIDER_NAME) == null) {
            Security.addProvider(new BouncyCastleProvider());
        }
    }

    private TestPki() {
    }

    /** A self-signed seal certificate in PEM for the given curve, validity window and seed. */
    static String sealPem(SealAlgorithm algorithm, String notBefore, String notAfter, String seed) {
        return algorithm == SealAlgorithm.SM2
                ? pemOnCurve("sm2p256v1", "SM3withSM2", notBefore, notAfter, seed)
                : pemOnCurve("secp256r1", "SHA256withECDSA", notBefore, notAfter, seed);
    }

    /** A self-signed certificate in PEM with an EC key on any curve Bouncy Castle knows. */
    static String pemOnCurve(String curve, String signature, String notBefore, String notAfter, String seed) {
        return pem(encoded(certificate("CN=" + seed + " seal,O=Zhengku test", curve, signature,
                Instant.parse(notBefore), Instant.parse(notAfter), seed)));
    }

    /** A P-256 client certificate as Fabric MSPs issue them, with the given organizational unit. */
    static X509Certificate clientCertificate(String msp, String unit) {
        X509CertificateHolder holder = certificate("CN=user@" + msp + ",OU=" + unit + ",O=" + msp, "secp256r1",
                "SHA256withECDSA", Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2036-01-01T00:00:00Z"),
                msp + unit);
        try {
            return new JcaX509CertificateConverter().setProvider(BouncyCastleProvider.PROVIDER_NAME)
                    .getCertificate(holder);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** PEM armour with 64-character lines, as {@link SealCertificate} stores it. */
    static String pem(byte[] der) {
        return "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END CERTIFICATE-----\n";
    }

    static byte[] derOf(String pem) {
        return Base64.getMimeDecoder().decode(pem.replace("-----BEGIN CERTIFICATE-----", "")
                .replace("-----END CERTIFICATE-----", ""));
    }

    private static X509CertificateHolder certificate(String subject, String curve, String signature,
                                                     Instant notBefore, Instant notAfter, String seed) {
        SecureRandom random = new SeededRandom(seed);
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastleProvider.PROVIDER_NAME);
            generator.initialize(new ECGenParameterSpec(curve), random);
            KeyPair keys = generator.generateKeyPair();
            X500Name name = new X500Name(subject);
            return new JcaX509v3CertificateBuilder(name, BigInteger.valueOf(seed.hashCode() & 0x7fffffff),
                    Date.from(notBefore), Date.from(notAfter), name, keys.getPublic())
                    .build(new JcaContentSignerBuilder(signature).setProvider(BouncyCastleProvider.PROVIDER_NAME)
                            .setSecureRandom(random).build(keys.getPrivate()));
        } catch (GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encoded(X509CertificateHolder holder) {
        try {
            return holder.getEncoded();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** SHA-256 in counter mode over a seed: reproducible bytes for reproducible certificates. */
    private static final class SeededRandom extends SecureRandom {

        private static final long serialVersionUID = 1L;

        private final byte[] seed;
        private long counter;

        SeededRandom(String seed) {
            this.seed = seed.getBytes(StandardCharsets.UTF_8);
        }

        @Override
        public void nextBytes(byte[] bytes) {
            for (int offset = 0; offset < bytes.length; offset += 32) {
                byte[] block = block(counter++);
                System.arraycopy(block, 0, bytes, offset, Math.min(32, bytes.length - offset));
            }
        }

        @Override
        public byte[] generateSeed(int length) {
            byte[] bytes = new byte[length];
            nextBytes(bytes);
            return bytes;
        }

        private byte[] block(long index) {
            try {
                MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
                sha256.update(seed);
                sha256.update(BigInteger.valueOf(index).toByteArray());
                return sha256.digest();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
