package io.zhengku.signing.pki;

import java.util.Arrays;

/**
 * The Yangtze River Delta (长三角) regions that run a peer and a root certification authority (根CA) each.
 *
 * <pre>{@code Region.byCode("shanghai")}</pre>
 */
public enum Region {
    SHANGHAI("shanghai", "Shanghai"),
    ZHEJIANG("zhejiang", "Zhejiang"),
    JIANGSU("jiangsu", "Jiangsu"),
    ANHUI("anhui", "Anhui");

    private final String code;
    private final String displayName;

    Region(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    /** Lower-case name used on the command line and in file names. */
    public String code() {
        return code;
    }

    /** English name used in certificate subjects. */
    public String displayName() {
        return displayName;
    }

    /** The region whose {@link #code()} is {@code code}. */
    public static Region byCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown region '" + code
                        + "'; use one of shanghai, zhejiang, jiangsu, anhui"));
    }
}
