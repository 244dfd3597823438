package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.refuse;

import io.zhengku.core.anchor.RefusalCode;
import java.security.cert.X509Certificate;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.hyperledger.fabric.contract.ClientIdentity;

/**
 * Who submitted the proposal: the region (地区) is the client's MSP id, and a region admin (地区管理员) is a
 * client whose certificate carries the organizational unit {@code admin}, as Fabric NodeOUs (and
 * cryptogen) issue admin certificates.
 *
 * @param msp the caller's MSP id, e.g. {@code ShanghaiMSP}
 * @param admin whether the certificate subject has {@code OU=admin}
 */
record Caller(String msp, boolean admin) {

    static final String ADMIN_OU = "admin";

    static Caller of(ClientIdentity identity) {
        return new Caller(identity.getMSPID(), hasAdminUnit(identity.getX509Certificate()));
    }

    /** Refuses a caller who is not an admin of its region. */
    Caller requireAdmin(String action) {
        if (!admin) {
            throw refuse(RefusalCode.NOT_REGION_ADMIN, "only an admin of " + msp + " (a certificate with OU="
                    + ADMIN_OU + ") may " + action + "; submit with the region admin's identity");
        }
        return this;
    }

    /** Refuses a caller from another region than {@code ownerMsp}, the owner of {@code thing}. */
    void requireRegion(String ownerMsp, String thing) {
        if (!msp.equals(ownerMsp)) {
            throw refuse(RefusalCode.FOREIGN_REGION, thing + " belongs to " + ownerMsp + "; " + msp
                    + " may not act for it, only " + ownerMsp + " may");
        }
    }

    private static boolean hasAdminUnit(X509Certificate certificate) {
        if (certificate == null) {
            return false; // an identity without an X.509 certificate (e.g. Idemix) carries no NodeOU role
        }
        X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
        for (RDN rdn : subject.getRDNs(BCStyle.OU)) {
            for (AttributeTypeAndValue unit : rdn.getTypesAndValues()) {
                if (BCStyle.OU.equals(unit.getType()) && unit.getValue() instanceof ASN1String value
                        && ADMIN_OU.equals(value.getString())) {
                    return true;
                }
            }
        }
        return false;
    }
}
