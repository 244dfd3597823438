package io.zhengku.core.licence;

/**
 * ISO/IEC 7064 MOD 37,36: the hybrid check-character system over the alphabet 0-9A-Z (M = 36, M + 1 = 37)
 * that GB/T 36904 uses for the last character of a licence identifier. It detects every single-character
 * substitution.
 *
 * <p>{@code Iso7064Mod37Hybrid36.checkCharacter("A12425GABC1234002")} is {@code 'M'}.
 */
final class Iso7064Mod37Hybrid36 {

    static final String ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private static final int M = ALPHABET.length();

    private Iso7064Mod37Hybrid36() {
    }

    /**
     * The check character for {@code data}, which must consist of characters from {@link #ALPHABET}.
     *
     * @throws IllegalArgumentException naming the first character outside the alphabet
     */
    static char checkCharacter(CharSequence data) {
        int product = M;
        for (int i = 0; i < data.length(); i++) {
            int value = ALPHABET.indexOf(data.charAt(i));
            if (value < 0) {
                throw new IllegalArgumentException("character '" + data.charAt(i) + "' at index " + i
                        + " is not in the MOD 37,36 alphabet 0-9A-Z");
            }
            int sum = (product + value) % M;
            // The hybrid system replaces a zero remainder by M before doubling modulo M + 1.
            product = (sum == 0 ? M : sum) * 2 % (M + 1);
        }
        // The check character c makes (product + c) mod M equal 1, which is what validation tests.
        return ALPHABET.charAt((M + 1 - product) % M);
    }
}
