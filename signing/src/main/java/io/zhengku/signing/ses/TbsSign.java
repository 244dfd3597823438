package io.zhengku.signing.ses;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.bouncycastle.asn1.ASN1BitString;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERBitString;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERSequence;

/**
 * GB/T 38540 {@code TBS_Sign} (待签名的签章信息), version 4: {@code SEQUENCE { version INTEGER (4),
 * eseal SESeal, timeInfo GeneralizedTime, dataHash BIT STRING, propertyInfo IA5String,
 * extDatas ExtensionDatas OPTIONAL }}. {@code dataHash} is the SM3 digest of the sealed document;
 * {@code propertyInfo} names what was sealed (for OFD, the signature's path in the package).
 */
public final class TbsSign extends ASN1Object {

    private final SesSeal seal;
    private final Instant timeInfo;
    private final byte[] dataHash;
    private final String propertyInfo;
    private final ASN1Sequence extensions;

    TbsSign(SesSeal seal, Instant timeInfo, byte[] dataHash, String propertyInfo, ASN1Sequence extensions) {
        this.seal = requireNonNull(seal, "seal");
        this.timeInfo = requireNonNull(timeInfo, "timeInfo").truncatedTo(ChronoUnit.SECONDS);
        this.dataHash = dataHash.clone();
        this.propertyInfo = requireNonNull(propertyInfo, "propertyInfo");
        this.extensions = extensions;
    }

    public static TbsSign getInstance(Object value) {
        if (value instanceof TbsSign tbs) {
            return tbs;
        }
        ASN1Sequence sequence = Asn1.sequence(value, "TBS_Sign", 5, 6);
        if (Asn1.smallInt(sequence.getObjectAt(0), "TBS_Sign version") != SesHeader.VERSION) {
            throw new IllegalArgumentException("TBS_Sign is not version 4");
        }
        ASN1BitString hash = ASN1BitString.getInstance(sequence.getObjectAt(3));
        return new TbsSign(SesSeal.getInstance(sequence.getObjectAt(1)), Asn1.instant(sequence.getObjectAt(2)),
                hash.getOctets(), ASN1IA5String.getInstance(sequence.getObjectAt(4)).getString(),
                sequence.size() == 6 ? ASN1Sequence.getInstance(sequence.getObjectAt(5)) : null);
    }

    public SesSeal seal() {
        return seal;
    }

    /** When the signer says they sealed. */
    public Instant timeInfo() {
        return timeInfo;
    }

    /** A copy of the document's SM3 digest. */
    public byte[] dataHash() {
        return dataHash.clone();
    }

    public String propertyInfo() {
        return propertyInfo;
    }

    public Optional<ASN1Sequence> extensions() {
        return Optional.ofNullable(extensions);
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        ASN1EncodableVector fields = new ASN1EncodableVector(6);
        fields.add(new ASN1Integer(SesHeader.VERSION));
        fields.add(seal);
        fields.add(Asn1.time(timeInfo));
        fields.add(new DERBitString(dataHash));
        fields.add(new DERIA5String(propertyInfo));
        if (extensions != null) {
            fields.add(extensions);
        }
        return new DERSequence(fields);
    }
}
