package io.zhengku.signing.ses;

import static java.util.Objects.requireNonNull;

import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERSequence;

/**
 * GB/T 38540 {@code SES_Header} (头信息): {@code SEQUENCE { ID IA5String ("ES"), version INTEGER (4),
 * Vid IA5String }}. Only version 4 is produced or accepted.
 *
 * <pre>{@code new SesHeader("zhengku")}</pre>
 */
public final class SesHeader extends ASN1Object {

    /** The fixed identifier of an electronic seal structure. */
    public static final String ID = "ES";
    /** The structure version this module implements. */
    public static final int VERSION = 4;

    private final String vendorId;

    /** A version-4 header naming the software vendor ({@code Vid}). */
    public SesHeader(String vendorId) {
        this.vendorId = requireNonNull(vendorId, "vendorId");
    }

    /** Parses a header, refusing any ID other than "ES" and any version other than 4. */
    public static SesHeader getInstance(Object value) {
        if (value instanceof SesHeader header) {
            return header;
        }
        ASN1Sequence sequence = Asn1.sequence(value, "SES_Header", 3, 3);
        String id = ASN1IA5String.getInstance(sequence.getObjectAt(0)).getString();
        int version = Asn1.smallInt(sequence.getObjectAt(1), "SES_Header version");
        if (!ID.equals(id) || version != VERSION) {
            throw new IllegalArgumentException("SES_Header is " + id + " version " + version + ", expected ES version 4");
        }
        return new SesHeader(ASN1IA5String.getInstance(sequence.getObjectAt(2)).getString());
    }

    public String vendorId() {
        return vendorId;
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return new DERSequence(new ASN1Encodable[] {
            new DERIA5String(ID), new ASN1Integer(VERSION), new DERIA5String(vendorId)});
    }
}
