package io.zhengku.ledger.fabric;

import io.zhengku.ledger.fabric.FabricConnection.Identity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import java.util.Set;
import org.hyperledger.fabric.sdk.Enrollment;
import org.hyperledger.fabric.sdk.User;
import org.hyperledger.fabric.sdk.identity.X509Enrollment;

/** A Fabric user made from a certificate and a PKCS#8 EC key on disk, as cryptogen writes them. */
final class PemUser implements User {

    private final String name;
    private final String msp;
    private final Enrollment enrollment;

    private PemUser(String name, String msp, Enrollment enrollment) {
        this.name = name;
        this.msp = msp;
        this.enrollment = enrollment;
    }

    static PemUser of(String name, String msp, Identity identity) throws IOException {
        String certificate = Files.readString(identity.certificate(), StandardCharsets.US_ASCII);
        return new PemUser(name, msp, new X509Enrollment(privateKey(identity), certificate));
    }

    private static PrivateKey privateKey(Identity identity) throws IOException {
        String pem = Files.readString(identity.privateKey(), StandardCharsets.US_ASCII);
        String body = pem.replaceAll("-----(BEGIN|END) PRIVATE KEY-----", "").replaceAll("\\s", "");
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IOException(identity.privateKey() + " is not a PKCS#8 EC private key in PEM", e);
        }
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public Set<String> getRoles() {
        return Set.of();
    }

    @Override
    public String getAccount() {
        return null;
    }

    @Override
    public String getAffiliation() {
        return null;
    }

    @Override
    public Enrollment getEnrollment() {
        return enrollment;
    }

    @Override
    public String getMspId() {
        return msp;
    }

    @Override
    public String toString() {
        return name + "@" + msp; // never the key
    }
}
