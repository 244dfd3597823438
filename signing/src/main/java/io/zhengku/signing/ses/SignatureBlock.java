package io.zhengku.signing.ses;

import static java.util.Objects.requireNonNull;

import io.zhengku.signing.key.SealAlgorithm;
import io.zhengku.signing.key.SealCredential;
import java.io.IOException;
import java.security.cert.CertificateEncodingException;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DEROctetString;

/**
 * The three fields with which both {@code SESeal} and {@code SES_Signature} end their signed part:
 * {@code cert OCTET STRING, signatureAlgorithm OBJECT IDENTIFIER, signature BIT STRING}.
 *
 * @param certificate DER of the signing certificate
 * @param algorithm signature algorithm OID
 * @param value the DER-encoded signature
 */
record SignatureBlock(byte[] certificate, ASN1ObjectIdentifier algorithm, byte[] value) {

    SignatureBlock {
        certificate = certificate.clone();
        requireNonNull(algorithm, "algorithm");
        value = value.clone();
    }

    /** Reads the three fields starting at {@code index}. */
    static SignatureBlock read(ASN1Sequence sequence, int index) {
        ASN1BitString signature = ASN1BitString.getInstance(sequence.getObjectAt(index + 2));
        if (signature.getPadBits() != 0) {
            throw new IllegalArgumentException("a signature BIT STRING must be whole bytes");
        }
        return new SignatureBlock(ASN1OctetString.getInstance(sequence.getObjectAt(index)).getOctets(),
                ASN1ObjectIdentifier.getInstance(sequence.getObjectAt(index + 1)), signature.getOctets());
    }

    /** Signs {@code DER(content)} with an SM2 key, as GB/T 38540 requires. */
    static SignatureBlock sign(SealCredential credential, ASN1Object content) {
        if (credential.algorithm() != SealAlgorithm.SM2_SM3) {
            throw new IllegalArgumentException("GB/T 38540 seals are signed with SM2, not " + credential.algorithm());
        }
        try {
            return new SignatureBlock(credential.certificate().getEncoded(), SealAlgorithm.SM2_SM3.signatureOid(),
                    credential.signer().sign(content.getEncoded(ASN1Encoding.DER)));
        } catch (IOException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot encode what is to be signed", e);
        }
    }

    void addTo(ASN1EncodableVector fields) {
        fields.add(new DEROctetString(certificate));
        fields.add(algorithm);
        fields.add(new DERBitString(value));
    }

    @Override
    public byte[] certificate() {
        return certificate.clone();
    }

    @Override
    public byte[] value() {
        return value.clone();
    }
}
