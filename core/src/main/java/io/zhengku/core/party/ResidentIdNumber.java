package io.zhengku.core.party;

import io.zhengku.core.party.PartyCodeException.Reason;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A GB 11643-1999 citizen identity number (公民身份号码): 6-digit address code, 8-digit birth date
 * (yyyyMMdd), 3-digit sequence code and an ISO/IEC 7064 MOD 11-2 check character (0-9 or uppercase X).
 *
 * <p>The number is personal data: {@link #toString()} masks the birth date, exception messages never
 * contain it, and the full value is read only through {@link #number()}.
 *
 * <p>{@code new ResidentIdNumber("11010519491231002X").toString()} is {@code "110105********002X"}.
 */
public record ResidentIdNumber(String number) {

    private static final int LENGTH = 18;

    /** Weight of each of the first 17 digits: 2^(17-i) mod 11. */
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    /** Check character for each value of the weighted sum mod 11. */
    private static final String CHECK_CHARACTERS = "10X98765432";

    /**
     * Checks length, characters, birth date (a real calendar date) and check character.
     *
     * @throws PartyCodeException saying which of them is wrong, without repeating the number
     */
    public ResidentIdNumber {
        Objects.requireNonNull(number, "number");
        if (number.length() != LENGTH) {
            throw new PartyCodeException(Reason.LENGTH, "resident identity number must be 18 characters, got "
                    + number.length());
        }
        requireCharacters(number);
        requireBirthDate(number);
        char expected = CHECK_CHARACTERS.charAt(weightedSum(number) % 11);
        if (number.charAt(LENGTH - 1) != expected) {
            throw new PartyCodeException(Reason.CHECK_CHARACTER,
                    "resident identity number check character does not match; check it for a typing error");
        }
    }

    private static void requireCharacters(String number) {
        for (int i = 0; i < LENGTH - 1; i++) {
            if (number.charAt(i) < '0' || number.charAt(i) > '9') {
                throw new PartyCodeException(Reason.ALPHABET,
                        "resident identity number must have a digit at position " + (i + 1));
            }
        }
        char last = number.charAt(LENGTH - 1);
        if (!(last >= '0' && last <= '9' || last == 'X')) {
            throw new PartyCodeException(Reason.ALPHABET,
                    "resident identity number must end in a digit or uppercase X");
        }
    }

    private static void requireBirthDate(String number) {
        try {
            LocalDate.of(Integer.parseInt(number.substring(6, 10)), Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
        } catch (DateTimeException e) {
            // The cause is dropped on purpose: its message quotes the birth date, which is personal data.
            throw new PartyCodeException(Reason.BIRTH_DATE,
                    "resident identity number positions 7-14 must be a real birth date (yyyyMMdd)");
        }
    }

    private static int weightedSum(String number) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (number.charAt(i) - '0') * WEIGHTS[i];
        }
        return sum;
    }

    /** The number with its birth date masked, e.g. {@code 110105********002X}; safe for logs. */
    @Override
    public String toString() {
        return number.substring(0, 6) + "********" + number.substring(14);
    }
}
