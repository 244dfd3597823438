package io.zhengku.chaincode;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The identifier of an electronic material (电子材料), Zhengku's own syntax since GB/T 36904 covers licences
 * only: {@code M.<issuer code>.<serial>}, where the issuer code is the keeping department's unified social
 * credit code and the serial is 1 to 32 characters of 0-9A-Z chosen by that department. It must not encode
 * personal data (no identity-card numbers): the ledger stores it in clear.
 *
 * <p>{@code MaterialId.parse("M.91310000MA1FL8XQ30.20261102000042")}
 *
 * @param issuerCode the department's unified social credit code
 * @param serial the department's number for the material
 */
record MaterialId(String issuerCode, String serial) {

    private static final Pattern SYNTAX = Pattern.compile("M\\.([0-9A-Z]{18})\\.([0-9A-Z]{1,32})");
    private static final Pattern SERIAL = Pattern.compile("[0-9A-Z]{1,32}");

    MaterialId {
        Checks.uscc(issuerCode, "material id issuer code");
        Checks.matching(SERIAL, serial, "material id serial", "1 to 32 characters of 0-9 and uppercase A-Z");
    }

    static MaterialId parse(String text) {
        Matcher matcher = SYNTAX.matcher(text);
        if (!matcher.matches()) {
            throw ErrorCode.INVALID_ARGUMENT.refuse("material id must be M.<issuer USCC>.<serial of 1 to 32"
                    + " characters of 0-9A-Z>, got \"" + text + "\"");
        }
        return new MaterialId(matcher.group(1), matcher.group(2));
    }

    @Override
    public String toString() {
        return "M." + issuerCode + "." + serial;
    }
}
