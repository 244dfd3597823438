package io.zhengku.signing.ses;

import java.time.Instant;
import java.util.Date;
import org.bouncycastle.asn1.ASN1Encodable;
import org.bouncycastle.asn1.ASN1GeneralizedTime;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERGeneralizedTime;

/** Strict reading helpers shared by the GB/T 38540 structures; every failure is an IllegalArgumentException. */
final class Asn1 {

    private Asn1() {
    }

    static ASN1Sequence sequence(Object value, String name, int minSize, int maxSize) {
        ASN1Sequence sequence = ASN1Sequence.getInstance(value);
        if (sequence == null) {
            throw new IllegalArgumentException(name + " is missing");
        }
        if (sequence.size() < minSize || sequence.size() > maxSize) {
            throw new IllegalArgumentException(name + " has " + sequence.size() + " elements, expected "
                    + (minSize == maxSize ? minSize : minSize + " to " + maxSize));
        }
        return sequence;
    }

    static int smallInt(ASN1Encodable value, String name) {
        try {
            return ASN1Integer.getInstance(value).intValueExact();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException(name + " is out of range", e);
        }
    }

    static Instant instant(ASN1Encodable value) {
        try {
            return ASN1GeneralizedTime.getInstance(value).getDate().toInstant();
        } catch (java.text.ParseException e) {
            throw new IllegalArgumentException("not a GeneralizedTime", e);
        }
    }

    /** Callers hold whole seconds, so the encoding carries no fraction and parses back to the same instant. */
    static DERGeneralizedTime time(Instant instant) {
        return new DERGeneralizedTime(Date.from(instant));
    }
}
