package io.zhengku.ledger.fabric;

import io.zhengku.core.anchor.AnchorEntry;
import io.zhengku.core.anchor.DocumentKind;
import io.zhengku.testkit.fabric.TestDepartments;
import java.io.StringWriter;
import java.math.BigInteger;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.HexFormat;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A fresh Shanghai department registered on the channel by Shanghai's admin, with a P-256 seal certificate
 * of its own: what the contract needs before it anchors an entry of that issuer. The entries carry a
 * placeholder seal signature, which the contract does not check (verifiers do).
 */
record RegisteredIssuer(String uscc, String sealFingerprint) {

    private static final String SIGNATURE = "MEUCIQDx3p4m7pJz0l9c8a2h1ZyMQvZ3kq5W8nG7rT2sL0bY4QIgB2m9c4N7x1pQe6sV8aH3kL5tR0wZ2yU7iO9jF1dG3hA=";

    /** Registers a fresh department and its seal as the admin of the connection's region (Shanghai's). */
    static RegisteredIssuer registerAsAdminOf(FabricConnection shanghai) throws Exception {
        try (FabricGateway admin = FabricGateway.connect(shanghai, FabricGateway.Signer.ADMIN)) {
            return register(admin);
        }
    }

    private static RegisteredIssuer register(FabricGateway shanghaiAdmin) throws Exception {
        String uscc = TestDepartments.freshShanghaiCode();
        shanghaiAdmin.submit("registerDepartment", TestDepartments.request(uscc, "Adapter test bureau")).awaitValid();
        X509CertificateHolder seal = sealCertificate(uscc);
        shanghaiAdmin.submit("registerSeal", uscc, pem(seal)).awaitValid();
        return new RegisteredIssuer(uscc, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(seal.getEncoded())));
    }

    /** A material of this issuer with a random digest. */
    AnchorEntry material(String serial) throws Exception {
        byte[] random = new byte[32];
        new java.security.SecureRandom().nextBytes(random);
        return material(serial, TestDepartments.TYPE_CODE, HexFormat.of().formatHex(random));
    }

    AnchorEntry material(String serial, String typeCode, String sha256) {
        return new AnchorEntry(sha256, null, "M." + uscc + "." + serial, DocumentKind.MATERIAL, typeCode, uscc,
                "2026-11-02", null, "0".repeat(63) + "1", sealFingerprint, SIGNATURE);
    }

    private static X509CertificateHolder sealCertificate(String uscc) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        KeyPair key = generator.generateKeyPair();
        X500Name subject = new X500Name("CN=Adapter test seal,O=" + uscc);
        Instant now = Instant.now();
        return new JcaX509v3CertificateBuilder(subject, BigInteger.valueOf(now.toEpochMilli()),
                Date.from(now.minus(Duration.ofDays(1))), Date.from(now.plus(Duration.ofDays(365))), subject, key.getPublic())
                .build(new JcaContentSignerBuilder("SHA256withECDSA").build(key.getPrivate()));
    }

    private static String pem(X509CertificateHolder certificate) throws Exception {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(certificate);
        }
        return text.toString();
    }
}
