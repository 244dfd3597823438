package io.zhengku.core.party;

import io.zhengku.core.party.PartyCodeException.Reason;
import java.util.Objects;

/**
 * A GB 32100-2015 unified social credit code (统一社会信用代码), the 18-character identifier of a legal
 * person or other organisation, such as an issuing department. The alphabet is 0-9 and the uppercase
 * letters A-Y without I, O, S, V and Z; the last character is a weighted MOD 31 check character. Characters
 * 9 to 17 are the organisation's GB 11714 organisation code (组织机构代码), whose last digit is a MOD 11 check
 * digit of its own: a code can pass its own check character and still carry a mistyped organisation code.
 *
 * <p>{@code new UnifiedSocialCreditCode("91110000802100433B")}
 */
public record UnifiedSocialCreditCode(String code) {

    static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static final int LENGTH = 18;

    /** Weight of each of the first 17 positions: 3^i mod 31. */
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};

    /** Weight of each of the organisation code's 8 body characters (GB 11714-1997). */
    private static final int[] ORGANISATION_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};

    private static final int ORGANISATION_CODE_START = 8;

    /**
     * Checks length, alphabet, check character and the embedded organisation code's check digit.
     *
     * @throws PartyCodeException saying which of them is wrong
     */
    public UnifiedSocialCreditCode {
        Objects.requireNonNull(code, "code");
        if (code.length() != LENGTH) {
            throw new PartyCodeException(Reason.LENGTH, "unified social credit code must be 18 characters, got "
                    + code.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            if (ALPHABET.indexOf(code.charAt(i)) < 0) {
                throw new PartyCodeException(Reason.ALPHABET, "unified social credit code has '"
                        + code.charAt(i) + "' at position " + (i + 1)
                        + "; only 0-9 and uppercase A-Y without I, O, S, V, Z are allowed");
            }
        }
        char expected = checkCharacter(code);
        if (code.charAt(LENGTH - 1) != expected) {
            throw new PartyCodeException(Reason.CHECK_CHARACTER, "unified social credit code " + code
                    + " should end in '" + expected + "'; check it for a typing error");
        }
        char organisationCheck = organisationCheckDigit(code);
        if (code.charAt(LENGTH - 2) != organisationCheck) {
            throw new PartyCodeException(Reason.ORGANISATION_CODE_CHECK, "unified social credit code " + code
                    + " embeds the organisation code " + code.substring(ORGANISATION_CODE_START, LENGTH - 1)
                    + ", whose GB 11714 check digit should be '" + organisationCheck
                    + "'; the code was mistyped or made up");
        }
    }

    /**
     * GB 11714's check digit over characters 9 to 16: 11 minus the weighted sum mod 11, written 'X' for 10
     * and '0' for 11. Letters count 10 for A onwards, as in the standard's 0-9A-Z alphabet.
     */
    private static char organisationCheckDigit(String code) {
        int sum = 0;
        for (int i = 0; i < ORGANISATION_WEIGHTS.length; i++) {
            sum += Character.digit(code.charAt(ORGANISATION_CODE_START + i), 36) * ORGANISATION_WEIGHTS[i];
        }
        int check = 11 - sum % 11;
        return check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check);
    }

    private static char checkCharacter(String code) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += ALPHABET.indexOf(code.charAt(i)) * WEIGHTS[i];
        }
        return ALPHABET.charAt((31 - sum % 31) % 31);
    }

    @Override
    public String toString() {
        return code;
    }
}
