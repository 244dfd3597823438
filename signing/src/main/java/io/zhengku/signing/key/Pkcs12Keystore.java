package io.zhengku.signing.key;

import io.zhengku.signing.BouncyCastle;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;

/**
 * Reads and writes the PKCS#12 keystores (密钥库) that hold one seal key and its certificate chain.
 *
 * <p>Keystores are written with AES-256 key encryption and AES-128 certificate encryption (PBES2), which
 * OpenSSL 3 reads without its legacy provider.
 *
 * <pre>{@code SealCredential seal = Pkcs12Keystore.load(Path.of("seal.p12"), password);}</pre>
 */
public final class Pkcs12Keystore {

    private static final String WRITE_TYPE = "PKCS12-AES256-AES128";
    private static final String ALIAS = "seal";

    private Pkcs12Keystore() {
    }

    /**
     * Writes a software key with its certificate and the certificates of its issuers to a new file.
     *
     * @throws IllegalArgumentException if the key is not a {@link SoftwareSigner}: other keys cannot leave
     *     their device
     * @throws java.nio.file.FileAlreadyExistsException if {@code file} exists: keys are never overwritten
     */
    public static void write(Path file, SealCredential credential, List<X509Certificate> issuers, char[] password)
            throws IOException {
        if (!(credential.signer() instanceof SoftwareSigner software)) {
            throw new IllegalArgumentException("only software keys can be written to a keystore");
        }
        List<X509Certificate> chain = new ArrayList<>();
        chain.add(credential.certificate());
        chain.addAll(issuers);
        try {
            // Bouncy Castle stamps the friendly name onto the certificate objects it stores; fresh copies keep
            // one keystore's alias from leaking into the next keystore that holds the same certificate.
            KeyStore store = KeyStore.getInstance(WRITE_TYPE, BouncyCastle.PROVIDER);
            store.load(null, null);
            store.setKeyEntry(ALIAS, software.privateKey(), password, copies(chain));
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW)) {
                store.store(out, password);
            }
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Bouncy Castle cannot write a PKCS#12 keystore", e);
        }
    }

    /**
     * Loads the single key entry of a PKCS#12 keystore.
     *
     * @throws IOException if the file cannot be read, the password is wrong, or it holds no usable seal key
     */
    public static SealCredential load(Path file, char[] password) throws IOException {
        KeyStore store = open(file, password);
        try {
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    Certificate[] chain = store.getCertificateChain(alias);
                    return credential(file, (PrivateKey) store.getKey(alias, password),
                            chain == null || chain.length == 0 ? null : (X509Certificate) chain[0]);
                }
            }
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot read the key in " + file + ": wrong password?", e);
        }
        throw new IOException(file + " holds no private key; give the keystore of a seal");
    }

    private static Certificate[] copies(List<X509Certificate> chain) throws GeneralSecurityException, IOException {
        JcaX509CertificateConverter converter = new JcaX509CertificateConverter().setProvider(BouncyCastle.PROVIDER);
        Certificate[] copies = new Certificate[chain.size()];
        for (int i = 0; i < copies.length; i++) {
            copies[i] = converter.getCertificate(new X509CertificateHolder(chain.get(i).getEncoded()));
        }
        return copies;
    }

    private static KeyStore open(Path file, char[] password) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.PROVIDER);
            store.load(in, password);
            return store;
        } catch (GeneralSecurityException e) {
            throw new IOException("cannot open " + file + " as a PKCS#12 keystore", e);
        } catch (IOException e) {
            throw new IOException("cannot open " + file + ": " + e.getMessage()
                    + " (wrong password, or not a PKCS#12 keystore?)", e);
        }
    }

    private static SealCredential credential(Path file, PrivateKey key, X509Certificate certificate)
            throws IOException {
        if (certificate == null) {
            throw new IOException(file + " holds a key without its certificate");
        }
        SealAlgorithm algorithm = SealAlgorithm.ofKey(certificate.getPublicKey()).orElseThrow(
                () -> new IOException(file + " holds a key that is neither SM2 nor P-256"));
        return new SealCredential(new SoftwareSigner(algorithm, key, certificate.getPublicKey()), certificate);
    }
}
