package io.zhengku.core.json;

import io.zhengku.core.json.CanonicalJsonException.Reason;

/** Strict UTF-8 decoding of one multi-byte sequence, so the parser can report the exact offending offset. */
final class Utf8 {

    /** Smallest code point that needs a sequence of the index's length; anything below is overlong. */
    private static final int[] MIN_CODE_POINT = {0, 0, 0x80, 0x800, 0x10000};

    private Utf8() {
    }

    /**
     * Decodes the multi-byte sequence whose lead byte is at {@code pos}, appends it to {@code out} and
     * returns the offset just after it. Rejects overlong forms, encoded surrogates, code points above
     * U+10FFFF and truncated sequences, as RFC 3629 requires.
     */
    static int appendCodePoint(byte[] in, int pos, StringBuilder out) {
        int lead = in[pos] & 0xff;
        int length = sequenceLength(lead);
        if (length == 0 || pos + length > in.length) {
            throw new CanonicalJsonException(Reason.INVALID_UTF8, pos);
        }
        int codePoint = lead & (0x7f >> length);
        for (int i = 1; i < length; i++) {
            int next = in[pos + i] & 0xff;
            if ((next & 0xc0) != 0x80) {
                throw new CanonicalJsonException(Reason.INVALID_UTF8, pos);
            }
            codePoint = (codePoint << 6) | (next & 0x3f);
        }
        if (codePoint < MIN_CODE_POINT[length] || codePoint > Character.MAX_CODE_POINT
                || (codePoint >= Character.MIN_SURROGATE && codePoint <= Character.MAX_SURROGATE)) {
            throw new CanonicalJsonException(Reason.INVALID_UTF8, pos);
        }
        out.appendCodePoint(codePoint);
        return pos + length;
    }

    private static int sequenceLength(int lead) {
        if (lead >= 0xc2 && lead <= 0xdf) {
            return 2;
        }
        if (lead >= 0xe0 && lead <= 0xef) {
            return 3;
        }
        if (lead >= 0xf0 && lead <= 0xf4) {
            return 4;
        }
        return 0;
    }
}
