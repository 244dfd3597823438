package io.zhengku.core.metadata;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The GB/T 36903 licence metadata fields (电子证照元数据), named in Zhengku's JSON as below, each with its tag
 * in the standard. Extensions use the standard's {@code KZ_} prefix unchanged.
 */
public enum MetadataField {
    /** 证照名称. */
    NAME("name", "ZZMC"),
    /** 证照类型代码. */
    TYPE_CODE("typeCode", "ZZLXDM"),
    /** 证照编号. */
    NUMBER("number", "ZZBH"),
    /** 证照标识, the GB/T 36904 identifier. */
    ID("id", "ZZBS"),
    /** 证照颁发机构. */
    ISSUER("issuer", "ZZBFJG"),
    /** 证照颁发机构代码. */
    ISSUER_CODE("issuerCode", "ZZBFJGDM"),
    /** 证照颁发日期. */
    ISSUE_DATE("issueDate", "ZZBFRQ"),
    /** 持证主体. */
    HOLDER_NAME("holderName", "CZZT"),
    /** 持证主体代码. */
    HOLDER_CODE("holderCode", "CZZTDM"),
    /** 持证主体代码类型: 111 resident identity number, 001 unified social credit code. */
    HOLDER_CODE_TYPE("holderCodeType", "CZZTDMLX"),
    /** 有效期起始日期. */
    VALID_FROM("validFrom", "ZZYXQQSRQ"),
    /** 有效期截止日期. */
    VALID_UNTIL("validUntil", "ZZYXQJZRQ");

    private static final Pattern EXTENSION = Pattern.compile("KZ_[A-Z0-9_]{1,32}");

    private final String jsonName;
    private final String tag;

    MetadataField(String jsonName, String tag) {
        this.jsonName = jsonName;
        this.tag = tag;
    }

    /** The field's name in Zhengku's metadata JSON, e.g. {@code holderName}. */
    public String jsonName() {
        return jsonName;
    }

    /** The field's tag in GB/T 36903, e.g. {@code CZZT}. */
    public String tag() {
        return tag;
    }

    /** The field with that JSON name, if any. */
    public static Optional<MetadataField> ofJsonName(String name) {
        return Arrays.stream(values()).filter(f -> f.jsonName.equals(name)).findFirst();
    }

    /** Whether a name is an extension field, {@code KZ_} followed by 1 to 32 of A-Z, 0-9 and underscore. */
    public static boolean isExtension(String name) {
        return EXTENSION.matcher(name).matches();
    }

    static void requireFieldName(String name) {
        if (ofJsonName(name).isEmpty() && !isExtension(name)) {
            throw new DisclosureException(DisclosureException.Reason.UNKNOWN_FIELD, "'" + name
                    + "' is not a metadata field; use a GB/T 36903 field name such as holderName or a KZ_ extension");
        }
    }
}
