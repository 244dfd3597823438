package io.zhengku.signing.pki;

import java.util.Arrays;

/**
 * The Yangtze River Delta (长三角) regions that run a peer and a root certification authority (根CA) each.
 *
 * <pre>{@code Region.byCode("shanghai")}</pre>
 */
public enum Region {
    SHANGHAI("shanghai", "Shanghai", "31"),
    ZHEJIANG("zhejiang", "Zhejiang", "33"),
    JIANGSU("jiangsu", "Jiangsu", "32"),
    ANHUI("anhui", "Anhui", "34");

    private final String code;
    private final String displayName;
    private final String province;

    Region(String code, String displayName, String province) {
        this.code = code;
        this.displayName = displayName;
        this.province = province;
    }

    /**
     * Whether a unified social credit code was registered in this region: characters 3 to 8 carry the
     * registering authority's administrative division (行政区划), whose first two digits name the province.
     * The contract checks the same for the registering region's admin.
     */
    public boolean registered(String unifiedSocialCreditCode) {
        return unifiedSocialCreditCode.length() >= 8 && unifiedSocialCreditCode.startsWith(province, 2);
    }

    /** The province digits a division of this region begins with, e.g. {@code 31} for Shanghai. */
    public String province() {
        return province;
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
