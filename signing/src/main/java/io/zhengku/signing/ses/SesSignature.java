package io.zhengku.signing.ses;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1TaggedObject;
import org.bouncycastle.asn1.DERSequence;

/**
 * GB/T 38540 {@code SES_Signature} (电子签章), version 4: {@code SEQUENCE { toSign TBS_Sign, cert OCTET STRING,
 * signatureAlgID OBJECT IDENTIFIER, signature BIT STRING, timeStamp [0] BIT STRING OPTIONAL }}, where
 * {@code signature} is the signer's SM2 signature over {@code DER(toSign)}. A time stamp, when present, is
 * carried through unchecked.
 *
 * <pre>{@code byte[] der = new SesSigner(signer, seal, clock).sign(Path.of("licence.ofd"), "licence.ofd").getEncoded();}</pre>
 */
public final class SesSignature extends ASN1Object {

    private final TbsSign toSign;
    private final SignatureBlock signature;
    private final ASN1TaggedObject timeStamp;

    SesSignature(TbsSign toSign, SignatureBlock signature, ASN1TaggedObject timeStamp) {
        this.toSign = requireNonNull(toSign, "toSign");
        this.signature = requireNonNull(signature, "signature");
        this.timeStamp = timeStamp;
    }

    public static SesSignature getInstance(Object value) {
        if (value instanceof SesSignature signature) {
            return signature;
        }
        ASN1Sequence sequence = Asn1.sequence(value, "SES_Signature", 4, 5);
        ASN1TaggedObject timeStamp = null;
        if (sequence.size() == 5) {
            timeStamp = ASN1TaggedObject.getInstance(sequence.getObjectAt(4));
            if (timeStamp.getTagNo() != 0) {
                throw new IllegalArgumentException("SES_Signature's time stamp must be tagged [0]");
            }
        }
        return new SesSignature(TbsSign.getInstance(sequence.getObjectAt(0)), SignatureBlock.read(sequence, 1),
                timeStamp);
    }

    public TbsSign toSign() {
        return toSign;
    }

    SignatureBlock signature() {
        return signature;
    }

    public Optional<ASN1TaggedObject> timeStamp() {
        return Optional.ofNullable(timeStamp);
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        ASN1EncodableVector fields = new ASN1EncodableVector(5);
        fields.add(toSign);
        signature.addTo(fields);
        if (timeStamp != null) {
            fields.add(timeStamp);
        }
        return new DERSequence(fields);
    }
}
