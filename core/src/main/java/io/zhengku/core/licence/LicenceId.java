package io.zhengku.core.licence;

import io.zhengku.core.licence.LicenceIdException.Part;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A GB/T 36904 electronic licence identifier (电子证照标识):
 * {@code 1.2.156.3005.2.<type code>.<issuer code>.<serial>.<version>.<check character>}.
 *
 * <ul>
 *   <li>{@code typeCode}: 21 characters of 0-9A-Z, the licence type code;</li>
 *   <li>{@code issuerCode}: 18 characters of 0-9A-Z, the issuing department's unified social credit code
 *       (its own GB 32100 check is not enforced here, so identifiers minted elsewhere still parse);</li>
 *   <li>{@code serial}: 1 to 20 characters of 0-9A-Z, the issuer's number for the licence (public examples
 *       use 11 digits; the upper bound keeps identifiers short enough for ledger keys and QR codes);</li>
 *   <li>{@code version}: exactly 3 digits;</li>
 *   <li>{@code checkCharacter}: ISO/IEC 7064 MOD 37,36 over type code, issuer code, serial and version
 *       concatenated without dots.</li>
 * </ul>
 * Letters must be uppercase. A {@code LicenceId} always has a correct check character.
 *
 * <pre>{@code
 * LicenceId id = LicenceId.parse(
 *         "1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U");
 * LicenceId next = LicenceId.mint(id.typeCode(), id.issuerCode(), "20230000404", "001");
 * String text = next.toString();
 * }</pre>
 */
public record LicenceId(String typeCode, String issuerCode, String serial, String version, char checkCharacter) {

    /** The object-identifier arc under which all electronic licence identifiers are registered. */
    public static final String PREFIX = "1.2.156.3005.2.";

    private static final Pattern TYPE_CODE = Pattern.compile("[0-9A-Z]{21}");
    private static final Pattern ISSUER_CODE = Pattern.compile("[0-9A-Z]{18}");
    private static final Pattern SERIAL = Pattern.compile("[0-9A-Z]{1,20}");
    private static final Pattern VERSION = Pattern.compile("[0-9]{3}");

    /**
     * Validates every part and the check character.
     *
     * @throws LicenceIdException naming the first invalid part
     */
    public LicenceId {
        requireParts(typeCode, issuerCode, serial, version);
        char expected = computeCheckCharacter(typeCode, issuerCode, serial, version);
        if (checkCharacter != expected) {
            throw new LicenceIdException(Part.CHECK_CHARACTER, "licence identifier check character is '"
                    + checkCharacter + "' but the parts require '" + expected
                    + "'; the identifier was mistyped or altered");
        }
    }

    /**
     * Creates the identifier for the given parts, computing its check character.
     *
     * <p>{@code LicenceId.mint("11100000000013338W011", "11430000006122244L", "20230000403", "001")}
     * has check character {@code 'U'}.
     *
     * @throws LicenceIdException naming the first invalid part
     */
    public static LicenceId mint(String typeCode, String issuerCode, String serial, String version) {
        // Checked before computing the check character so that errors name the part, not the algorithm.
        requireParts(typeCode, issuerCode, serial, version);
        return new LicenceId(typeCode, issuerCode, serial, version,
                computeCheckCharacter(typeCode, issuerCode, serial, version));
    }

    /**
     * Parses the dotted text form.
     *
     * <p>{@code LicenceId.parse("1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U")}
     *
     * @throws LicenceIdException naming the first invalid part
     */
    public static LicenceId parse(String text) {
        Objects.requireNonNull(text, "text");
        if (!text.startsWith(PREFIX)) {
            throw new LicenceIdException(Part.PREFIX,
                    "licence identifier must start with " + PREFIX + ", got \"" + text + "\"");
        }
        String[] parts = text.substring(PREFIX.length()).split("\\.", -1);
        if (parts.length != 5) {
            throw new LicenceIdException(Part.STRUCTURE, "licence identifier must have 5 dot-separated parts"
                    + " after " + PREFIX + " (type code, issuer code, serial, version, check character), got "
                    + parts.length + " in \"" + text + "\"");
        }
        if (parts[4].length() != 1) {
            throw new LicenceIdException(Part.CHECK_CHARACTER,
                    "licence identifier check character must be 1 character, got \"" + parts[4] + "\"");
        }
        return new LicenceId(parts[0], parts[1], parts[2], parts[3], parts[4].charAt(0));
    }

    /** The dotted text form, e.g. {@code 1.2.156.3005.2.11100000000013338W011.11430000006122244L.20230000403.001.U}. */
    @Override
    public String toString() {
        return PREFIX + typeCode + '.' + issuerCode + '.' + serial + '.' + version + '.' + checkCharacter;
    }

    private static void requireParts(String typeCode, String issuerCode, String serial, String version) {
        requirePart(Part.TYPE_CODE, TYPE_CODE, typeCode, "21 characters of 0-9 and uppercase A-Z");
        requirePart(Part.ISSUER_CODE, ISSUER_CODE, issuerCode, "18 characters of 0-9 and uppercase A-Z");
        requirePart(Part.SERIAL, SERIAL, serial, "1 to 20 characters of 0-9 and uppercase A-Z");
        requirePart(Part.VERSION, VERSION, version, "3 digits");
    }

    private static void requirePart(Part part, Pattern pattern, String value, String rule) {
        if (value == null || !pattern.matcher(value).matches()) {
            throw new LicenceIdException(part, "licence identifier " + describe(part) + " must be " + rule
                    + ", got " + (value == null ? "nothing" : "\"" + value + "\""));
        }
    }

    private static String describe(Part part) {
        return part.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private static char computeCheckCharacter(String typeCode, String issuerCode, String serial, String version) {
        return Iso7064Mod37Hybrid36.checkCharacter(typeCode + issuerCode + serial + version);
    }
}
