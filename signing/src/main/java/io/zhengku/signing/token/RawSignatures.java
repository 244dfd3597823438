package io.zhengku.signing.token;

import java.io.IOException;
import java.math.BigInteger;
import java.util.Arrays;
import org.bouncycastle.asn1.ASN1Encoding;
import org.bouncycastle.asn1.ASN1Integer;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.DERSequence;
import org.bouncycastle.util.BigIntegers;

/**
 * Tokens carry SM2 and ECDSA signatures as fixed 64 bytes {@code r || s} (as JOSE does): 20 characters
 * shorter than DER in the QR code, and with exactly one encoding per signature.
 */
final class RawSignatures {

    static final int LENGTH = 64;
    private static final int HALF = LENGTH / 2;

    private RawSignatures() {
    }

    static byte[] fromDer(byte[] der) {
        ASN1Sequence sequence = ASN1Sequence.getInstance(der);
        byte[] raw = new byte[LENGTH];
        BigIntegers.asUnsignedByteArray(ASN1Integer.getInstance(sequence.getObjectAt(0)).getPositiveValue(), raw, 0,
                HALF);
        BigIntegers.asUnsignedByteArray(ASN1Integer.getInstance(sequence.getObjectAt(1)).getPositiveValue(), raw,
                HALF, HALF);
        return raw;
    }

    static byte[] toDer(byte[] raw) {
        if (raw.length != LENGTH) {
            throw new IllegalArgumentException("a token signature is " + LENGTH + " bytes, got " + raw.length);
        }
        BigInteger r = new BigInteger(1, Arrays.copyOfRange(raw, 0, HALF));
        BigInteger s = new BigInteger(1, Arrays.copyOfRange(raw, HALF, LENGTH));
        try {
            return new DERSequence(new ASN1Integer[] {new ASN1Integer(r), new ASN1Integer(s)})
                    .getEncoded(ASN1Encoding.DER);
        } catch (IOException e) {
            throw new IllegalStateException("cannot encode two integers", e);
        }
    }
}
