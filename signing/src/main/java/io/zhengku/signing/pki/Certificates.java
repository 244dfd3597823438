package io.zhengku.signing.pki;

import io.zhengku.core.digest.Digest;
import io.zhengku.signing.BouncyCastle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.cert.Certificate;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;

/**
 * X.509 certificate (数字证书) input and output: PEM files as OpenSSL's {@code -CAfile} takes them, DER
 * parsing, and the SHA-256 fingerprint the issuer registry records.
 *
 * <pre>{@code List<X509Certificate> roots = Certificates.readPem(Path.of("shanghai-root.pem"));}</pre>
 */
public final class Certificates {

    private Certificates() {
    }

    /** Writes the certificates, in order, to a new PEM file. */
    public static void writePem(Path file, List<X509Certificate> certificates) throws IOException {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.US_ASCII, StandardOpenOption.CREATE_NEW);
             JcaPEMWriter pem = new JcaPEMWriter(out)) {
            for (X509Certificate certificate : certificates) {
                pem.writeObject(certificate);
            }
        }
    }

    private static final String PEM_BEGIN = "-----BEGIN CERTIFICATE-----";
    private static final String PEM_END = "-----END CERTIFICATE-----";

    /** One certificate as PEM text, base64 in lines of 64 characters, as {@code openssl x509} writes it. */
    public static String toPem(X509Certificate certificate) throws CertificateEncodingException {
        return PEM_BEGIN + "\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                .encodeToString(certificate.getEncoded()) + "\n" + PEM_END + "\n";
    }

    /**
     * Reads one PEM certificate strictly: exact armour, base64 lines and nothing else, then {@link #parse}, so no
     * change to the text passes unseen.
     *
     * @throws CertificateException when the text is not exactly one PEM certificate
     */
    public static X509Certificate fromPem(String pem) throws CertificateException {
        String text = pem.strip();
        if (!text.startsWith(PEM_BEGIN) || !text.endsWith(PEM_END)) {
            throw new CertificateException("a certificate is not PEM (" + PEM_BEGIN + " ... " + PEM_END + ")");
        }
        String base64 = text.substring(PEM_BEGIN.length(), text.length() - PEM_END.length()).replaceAll("\\R", "");
        try {
            return parse(Base64.getDecoder().decode(base64));
        } catch (IllegalArgumentException e) {
            throw new CertificateException("a certificate's PEM body is not base64", e);
        }
    }

    /**
     * Reads every certificate in a PEM (or DER) file.
     *
     * @throws IOException if the file cannot be read or holds no certificate
     */
    public static List<X509Certificate> readPem(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            List<X509Certificate> certificates = new ArrayList<>();
            for (Certificate certificate : factory().generateCertificates(in)) {
                certificates.add(wellFormed((X509Certificate) certificate));
            }
            if (certificates.isEmpty()) {
                throw new IOException(file + " holds no certificate; give a PEM file of certificates");
            }
            return certificates;
        } catch (CertificateException e) {
            throw new IOException(file + " is not a PEM file of certificates: " + e.getMessage(), e);
        }
    }

    /**
     * Parses one DER-encoded certificate, every part of it.
     *
     * @throws CertificateException when any part of the certificate is malformed
     */
    public static X509Certificate parse(byte[] der) throws CertificateException {
        X509Certificate certificate = wellFormed((X509Certificate) factory().generateCertificate(
                new ByteArrayInputStream(der)));
        // Bouncy Castle also reads BER spellings (a BOOLEAN TRUE as 0xDD, say) and hands back the DER: two byte
        // strings would then pass for one certificate and one fingerprint. Only the DER spelling is accepted.
        if (!Arrays.equals(certificate.getEncoded(), der)) {
            throw new CertificateException("the certificate is not DER-encoded (or has bytes after its end); "
                    + "send it as its issuer signed it");
        }
        return certificate;
    }

    /**
     * Bouncy Castle decodes parts of a certificate only when asked, and then throws unchecked exceptions (a
     * point off the curve, a signature BIT STRING with unused bits) or answers null for a key it cannot read.
     * Asking for every part the checks use here turns that damage into the checked refusal every caller
     * already handles, instead of a crash halfway through a verification.
     */
    private static X509Certificate wellFormed(X509Certificate certificate) throws CertificateException {
        try {
            if (certificate.getPublicKey() == null) {
                throw new CertificateException("the certificate's public key is of an unknown kind");
            }
            certificate.getSignature();
            certificate.getTBSCertificate();
            certificate.getKeyUsage();
            certificate.getBasicConstraints();
            return certificate;
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new CertificateException("the certificate is malformed: " + e.getMessage(), e);
        }
    }

    /** Lower-case hex SHA-256 of the certificate's DER encoding, as {@code openssl x509 -fingerprint -sha256}. */
    public static String sha256Fingerprint(X509Certificate certificate) {
        try {
            return Digest.sha256Of(certificate.getEncoded()).hex();
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("cannot fingerprint " + certificate.getSubjectX500Principal(), e);
        }
    }

    private static CertificateFactory factory() throws CertificateException {
        try {
            return CertificateFactory.getInstance("X.509", BouncyCastle.PROVIDER);
        } catch (GeneralSecurityException e) {
            throw new CertificateException("Bouncy Castle has no X.509 certificate factory", e);
        }
    }
}
