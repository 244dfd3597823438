package io.zhengku.signing.ses;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Object;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Primitive;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.ASN1UTF8String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.asn1.DERUTF8String;

/**
 * GB/T 38540 {@code SES_ESPropertyInfo} (印章属性): {@code SEQUENCE { type INTEGER, name UTF8String,
 * certListType INTEGER, certList SES_CertList, createDate, validStart, validEnd GeneralizedTime }}.
 *
 * <p>Only {@code certListType} 1 is implemented: the list holds the DER certificates of the people or
 * departments allowed to sign with the seal. Type 2 (certificate digests) is refused as unsupported.
 *
 * <pre>{@code new SesPropertyInfo(SesPropertyInfo.ORGANISATION_SEAL, "合同专用章", List.of(certDer), now, from, until)}</pre>
 */
public final class SesPropertyInfo extends ASN1Object {

    /** Seal type of an organisation's seal (单位印章). */
    public static final int ORGANISATION_SEAL = 1;
    /** {@code certListType} for a list of whole certificates. */
    public static final int CERTIFICATE_LIST = 1;

    private final int type;
    private final String name;
    private final List<byte[]> certificates;
    private final Instant createDate;
    private final Instant validStart;
    private final Instant validEnd;

    public SesPropertyInfo(int type, String name, List<byte[]> certificates, Instant createDate,
                           Instant validStart, Instant validEnd) {
        this.type = type;
        this.name = requireNonNull(name, "name");
        this.certificates = certificates.stream().map(byte[]::clone).toList();
        this.createDate = requireNonNull(createDate, "createDate").truncatedTo(ChronoUnit.SECONDS);
        this.validStart = requireNonNull(validStart, "validStart").truncatedTo(ChronoUnit.SECONDS);
        this.validEnd = requireNonNull(validEnd, "validEnd").truncatedTo(ChronoUnit.SECONDS);
        if (this.certificates.isEmpty()) {
            throw new IllegalArgumentException("a seal must list at least one signer certificate");
        }
        if (!this.validStart.isBefore(this.validEnd)) {
            throw new IllegalArgumentException("a seal's validity must start before it ends");
        }
    }

    public static SesPropertyInfo getInstance(Object value) {
        if (value instanceof SesPropertyInfo property) {
            return property;
        }
        ASN1Sequence sequence = Asn1.sequence(value, "SES_ESPropertyInfo", 7, 7);
        int listType = Asn1.smallInt(sequence.getObjectAt(2), "certListType");
        if (listType != CERTIFICATE_LIST) {
            throw new IllegalArgumentException("certListType " + listType + " is not supported, only 1");
        }
        List<byte[]> certificates = Arrays.stream(ASN1Sequence.getInstance(sequence.getObjectAt(3)).toArray())
                .map(c -> ASN1OctetString.getInstance(c).getOctets()).toList();
        return new SesPropertyInfo(Asn1.smallInt(sequence.getObjectAt(0), "seal type"),
                ASN1UTF8String.getInstance(sequence.getObjectAt(1)).getString(), certificates,
                Asn1.instant(sequence.getObjectAt(4)), Asn1.instant(sequence.getObjectAt(5)),
                Asn1.instant(sequence.getObjectAt(6)));
    }

    public int type() {
        return type;
    }

    /** The seal's name, such as 行政审批专用章. */
    public String name() {
        return name;
    }

    /** Whether {@code certificate} (DER) is one of those allowed to sign with this seal. */
    public boolean lists(byte[] certificate) {
        return certificates.stream().anyMatch(c -> Arrays.equals(c, certificate));
    }

    public Instant createDate() {
        return createDate;
    }

    public Instant validStart() {
        return validStart;
    }

    public Instant validEnd() {
        return validEnd;
    }

    @Override
    public ASN1Primitive toASN1Primitive() {
        ASN1Encodable[] list = certificates.stream().map(DEROctetString::new).toArray(ASN1Encodable[]::new);
        return new DERSequence(new ASN1Encodable[] {new ASN1Integer(type), new DERUTF8String(name),
            new ASN1Integer(CERTIFICATE_LIST), new DERSequence(list), Asn1.time(createDate),
            Asn1.time(validStart), Asn1.time(validEnd)});
    }
}
