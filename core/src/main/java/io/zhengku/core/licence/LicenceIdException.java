package io.zhengku.core.licence;

/**
 * Thrown when a licence identifier or one of its parts is invalid; {@link #part()} names the part so that
 * callers can point the user at it without parsing the message.
 *
 * <p>{@code catch (LicenceIdException e) { return problem("licence-id." + e.part()); }}
 */
public final class LicenceIdException extends IllegalArgumentException {

    /** The part of a licence identifier that was wrong. */
    public enum Part {
        /** The fixed object-identifier prefix {@value LicenceId#PREFIX}. */
        PREFIX,
        /** The number of dot-separated parts after the prefix. */
        STRUCTURE,
        /** The licence type code (证照类型代码). */
        TYPE_CODE,
        /** The issuing department's unified social credit code. */
        ISSUER_CODE,
        /** The issuer's serial number for the licence. */
        SERIAL,
        /** The three-digit version. */
        VERSION,
        /** The ISO/IEC 7064 MOD 37,36 check character. */
        CHECK_CHARACTER
    }

    private final Part part;

    LicenceIdException(Part part, String message) {
        super(message);
        this.part = part;
    }

    /** Which part of the identifier was wrong. */
    public Part part() {
        return part;
    }
}
