package io.zhengku.core.party;

/**
 * Thrown when a party code (a unified social credit code or a resident identity number) is invalid.
 * {@link #reason()} tells what was wrong. Messages never repeat a resident identity number, which is
 * personal data.
 *
 * <p>{@code catch (PartyCodeException e) { return problem("holder-code." + e.reason()); }}
 */
public final class PartyCodeException extends IllegalArgumentException {

    /** What was wrong with the code. */
    public enum Reason {
        /** The code does not have the required number of characters. */
        LENGTH,
        /** A character is not allowed at its position. */
        ALPHABET,
        /** The birth date inside a resident identity number is not a real date. */
        BIRTH_DATE,
        /** The check character does not match the rest of the code. */
        CHECK_CHARACTER,
        /** The organisation code inside a unified social credit code fails its GB 11714 check digit. */
        ORGANISATION_CODE_CHECK
    }

    private final Reason reason;

    PartyCodeException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    /** What was wrong with the code. */
    public Reason reason() {
        return reason;
    }
}
