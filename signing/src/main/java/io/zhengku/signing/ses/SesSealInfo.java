package io.zhengku.signing.ses;

import static java.util.Objects.requireNonNull;

import java.util.Optional;
import org.bouncycastle.asn1.ASN1EncodableVector;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DERSequence;

/**
 * GB/T 38540 {@code SES_SealInfo} (印章信息): {@code SEQUENCE { header SES_Header, esID IA5String,
 * property SES_ESPropertyInfo, picture SES_ESPictureInfo, extDatas ExtensionDatas OPTIONAL }}: what the seal
 * maker (制章者) signs. Extension data is carried through unchanged.
 *
 * <pre>{@code new SesSealInfo(new SesHeader("zhengku"), "310101000001", property, picture)}</pre>
 */
public final class SesSealInfo extends ASN1Object {

    private final SesHeader header;
    private final String esId;
    private final SesPropertyInfo property;
    private final SesPictureInfo picture;
    private final ASN1Sequence extensions;

    public SesSealInfo(SesHeader header, String esId, SesPropertyInfo property, SesPictureInfo picture) {
        this(header, esId, property, picture, null);
    }

    private SesSealInfo(SesHeader header, String esId, SesPropertyInfo property, SesPictureInfo picture,
                        ASN1Sequence extensions) {
        this.header = requireNonNull(header, "header");
        this.esId = requireNonNull(esId, "esId");
        this.property = requireNonNull(property, "property");
        this.picture = requireNonNull(picture, "picture");
        this.extensions = extensions;
    }

    public static SesSealInfo getInstance(Object value) {
        if (value instanceof SesSealInfo info) {
            return info;
        }
        ASN1Sequence sequence = Asn1.sequence(value, "SES_SealInfo", 4, 5);
        return new SesSealInfo(SesHeader.getInstance(sequence.getObjectAt(0)),
                ASN1IA5String.getInstance(sequence.getObjectAt(1)).getString(),
                SesPropertyInfo.getInstance(sequence.getObjectAt(2)),
                SesPictureInfo.getInstance(sequence.getObjectAt(3)),
                sequence.size() == 5 ? ASN1Sequence.getInstance(sequence.getObjectAt(4)) : null);
    }

    public SesHeader header() {
        return header;
    }

    /** The seal's identifier (电子印章标识). */
    public String esId() {
        return esId;
    }

    public SesPropertyInfo property() {
        return property;
    }

    public SesPictureInfo picture() {
        return picture;
    }

    public Optional<ASN1Sequence> extensions() {
        return Optional.ofNullable(extensions);
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        ASN1EncodableVector fields = new ASN1EncodableVector(5);
        fields.add(header);
        fields.add(new DERIA5String(esId));
        fields.add(property);
        fields.add(picture);
        if (extensions != null) {
            fields.add(extensions);
        }
        return new DERSequence(fields);
    }
}
