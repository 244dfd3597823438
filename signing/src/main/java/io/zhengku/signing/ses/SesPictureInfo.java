package io.zhengku.signing.ses;

import static java.util.Objects.requireNonNull;

import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1IA5String;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;

/**
 * GB/T 38540 {@code SES_ESPictureInfo} (印章图像): {@code SEQUENCE { type IA5String, data OCTET STRING,
 * width INTEGER, height INTEGER }}, the seal's picture and its printed size in millimetres.
 *
 * <pre>{@code SesPictureInfo.png(pngBytes, 40, 40)}</pre>
 */
public final class SesPictureInfo extends ASN1Object {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String type;
    private final byte[] data;
    private final int widthMm;
    private final int heightMm;

    private SesPictureInfo(String type, byte[] data, int widthMm, int heightMm) {
        this.type = requireNonNull(type, "type");
        this.data = data.clone();
        if (widthMm <= 0 || heightMm <= 0) {
            throw new IllegalArgumentException("a seal picture needs a positive size, got " + widthMm + "x" + heightMm);
        }
        this.widthMm = widthMm;
        this.heightMm = heightMm;
    }

    /** A PNG picture printed {@code widthMm} by {@code heightMm} millimetres. */
    public static SesPictureInfo png(byte[] png, int widthMm, int heightMm) {
        if (png.length < PNG_SIGNATURE.length || !Arrays.equals(png, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0,
                PNG_SIGNATURE.length)) {
            throw new IllegalArgumentException("the seal picture is not a PNG image");
        }
        return new SesPictureInfo("PNG", png, widthMm, heightMm);
    }

    public static SesPictureInfo getInstance(Object value) {
        if (value instanceof SesPictureInfo picture) {
            return picture;
        }
        ASN1Sequence sequence = Asn1.sequence(value, "SES_ESPictureInfo", 4, 4);
        return new SesPictureInfo(ASN1IA5String.getInstance(sequence.getObjectAt(0)).getString(),
                ASN1OctetString.getInstance(sequence.getObjectAt(1)).getOctets(),
                Asn1.smallInt(sequence.getObjectAt(2), "picture width"),
                Asn1.smallInt(sequence.getObjectAt(3), "picture height"));
    }

    /** Image format, such as {@code PNG}. */
    public String type() {
        return type;
    }

    /** A copy of the image bytes. */
    public byte[] data() {
        return data.clone();
    }

    public int widthMm() {
        return widthMm;
    }

    public int heightMm() {
        return heightMm;
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        return new DERSequence(new ASN1Encodable[] {new DERIA5String(type), new DEROctetString(data),
            new ASN1Integer(widthMm), new ASN1Integer(heightMm)});
    }
}
