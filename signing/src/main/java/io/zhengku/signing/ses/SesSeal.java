package io.zhengku.signing.ses;

import static java.util.Objects.requireNonNull;

import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;

/**
 * GB/T 38540 {@code SESeal} (电子印章), version 4: {@code SEQUENCE { esealInfo SES_SealInfo, cert OCTET STRING,
 * signAlgID OBJECT IDENTIFIER, signedValue BIT STRING }}, where {@code signedValue} is the seal maker's
 * signature over {@code DER(esealInfo)} and {@code cert} the maker's certificate.
 *
 * <pre>{@code SesSeal seal = new SesSealMaker(maker, clock).make(description);}</pre>
 */
public final class SesSeal extends ASN1Object {

    private final SesSealInfo sealInfo;
    private final SignatureBlock makerSignature;

    SesSeal(SesSealInfo sealInfo, SignatureBlock makerSignature) {
        this.sealInfo = requireNonNull(sealInfo, "sealInfo");
        this.makerSignature = requireNonNull(makerSignature, "makerSignature");
    }

    public static SesSeal getInstance(Object value) {
        if (value instanceof SesSeal seal) {
            return seal;
        }
        ASN1Sequence sequence = Asn1.sequence(value, "SESeal", 4, 4);
        return new SesSeal(SesSealInfo.getInstance(sequence.getObjectAt(0)), SignatureBlock.read(sequence, 1));
    }

    public SesSealInfo sealInfo() {
        return sealInfo;
    }

    SignatureBlock makerSignature() {
        return makerSignature;
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        ASN1EncodableVector fields = new ASN1EncodableVector(4);
        fields.add(sealInfo);
        makerSignature.addTo(fields);
        return new DERSequence(fields);
    }
}
