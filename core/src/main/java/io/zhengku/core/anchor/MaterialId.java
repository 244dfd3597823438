package io.zhengku.core.anchor;

import io.zhengku.core.json.InvalidFieldException;
import io.zhengku.core.json.InvalidFieldException.Reason;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier of an electronic material (电子材料), Zhengku's own syntax since GB/T 36904 covers licences
 * only: {@code M.<issuer code>.<serial>}, where the issuer code is the keeping department's unified social
 * credit code and the serial is 1 to 32 characters of 0-9A-Z chosen by that department. It must not encode
 * personal data (no identity-card numbers): the ledger stores it in clear.
 *
 * <pre>{@code
 * MaterialId id = new MaterialId("113100000024178544", "20261102000042");
 * String text = id.toString(); // M.113100000024178544.20261102000042
 * MaterialId same = MaterialId.parse(text);
 * }</pre>
 *
 * @param issuerCode the department's unified social credit code
 * @param serial the department's number for the material
 */
public record MaterialId(String issuerCode, String serial) {

    private static final Pattern SYNTAX = Pattern.compile("M\\.([0-9A-Z]{18})\\.([0-9A-Z]{1,32})");
    private static final Pattern SERIAL = Pattern.compile("[0-9A-Z]{1,32}");

    /**
     * Checks both parts; this is how a department mints the id of a new material.
     *
     * @throws InvalidFieldException naming the wrong part
     */
    public MaterialId {
        FieldChecks.uscc(issuerCode, "material id issuer code");
        FieldChecks.matching(SERIAL, serial, "material id serial", "1 to 32 characters of 0-9 and uppercase A-Z");
    }

    /**
     * Reads {@code M.<issuer code>.<serial>}.
     *
     * @throws InvalidFieldException when the text is not of that syntax or a part is wrong
     */
    public static MaterialId parse(String text) {
        Matcher matcher = SYNTAX.matcher(FieldChecks.required(text, "material id"));
        if (!matcher.matches()) {
            throw new InvalidFieldException(Reason.MALFORMED, "material id", "material id must be M.<issuer USCC>."
                    + "<serial of 1 to 32 characters of 0-9A-Z>, got \"" + text + "\"");
        }
        return new MaterialId(matcher.group(1), matcher.group(2));
    }

    /** The id as written on the ledger: {@code M.<issuer code>.<serial>}. */
    @Override
    public String toString() {
        return "M." + issuerCode + "." + serial;
    }
}
