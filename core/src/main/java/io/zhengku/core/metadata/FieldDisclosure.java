package io.zhengku.core.metadata;

import io.zhengku.core.digest.Digest;
import io.zhengku.core.json.CanonicalJson;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Objects;

/**
 * One metadata field opened for a relying party (字段披露): its name, its value and the salt it was committed
 * with. The salt is what keeps an undisclosed field's digest from being guessed from a short list of likely
 * values (dates, district names).
 *
 * <p>{@code new FieldDisclosure("holderName", salt, "上海某某科技有限公司").digest()}
 */
public record FieldDisclosure(String name, String salt, String value) {

    /** Salt length in bytes before base64url encoding: 128 bits, beyond any dictionary of field values. */
    public static final int SALT_BYTES = 16;

    private static final int SALT_CHARS = 22;

    /** Checks that the name is a known field name and the salt is 16 bytes in unpadded base64url. */
    public FieldDisclosure {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(salt, "salt");
        Objects.requireNonNull(value, "value");
        MetadataField.requireFieldName(name);
        if (salt.length() != SALT_CHARS || !isBase64Url(salt)) {
            throw new DisclosureException(DisclosureException.Reason.MALFORMED,
                    "salt of field " + name + " must be " + SALT_BYTES + " bytes in unpadded base64url");
        }
    }

    /** SHA-256 over the canonical JSON array {@code [salt, name, value]}: the field's leaf in the commitment. */
    public byte[] digest() {
        return Digest.sha256Of(CanonicalJson.encode(List.of(salt, name, value))).bytes();
    }

    /** Keeps the value out of logs: it may be personal data. */
    @Override
    public String toString() {
        return "FieldDisclosure[" + name + "]";
    }

    private static boolean isBase64Url(String text) {
        try {
            return Base64.getUrlDecoder().decode(text.getBytes(StandardCharsets.US_ASCII)).length == SALT_BYTES;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
