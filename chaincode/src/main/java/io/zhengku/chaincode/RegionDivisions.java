package io.zhengku.chaincode;

import static io.zhengku.chaincode.Refusals.refuse;

import io.zhengku.core.anchor.RefusalCode;
import java.util.Map;

/**
 * Which province-level administrative division (行政区划) each region's MSP stands for: a unified social credit
 * code carries its registering authority's division in characters 3 to 8, and its first two digits name the
 * province. A region's admin may register only its own province's departments, so Shanghai cannot register a
 * Ningbo bureau as its own.
 */
final class RegionDivisions {

    private static final Map<String, String> PROVINCES = Map.of(
            "ShanghaiMSP", "31",
            "JiangsuMSP", "32",
            "ZhejiangMSP", "33",
            "AnhuiMSP", "34");

    private RegionDivisions() {
    }

    /** Refuses a department code whose division lies outside the caller's region. */
    static void requireOwnDivision(Caller caller, String uscc) {
        String province = PROVINCES.get(caller.msp());
        if (province == null) {
            throw refuse(RefusalCode.FOREIGN_REGION, caller.msp() + " stands for no province of the Yangtze River"
                    + " Delta (" + String.join(", ", PROVINCES.keySet()) + "), so it may register no department");
        }
        String division = uscc.substring(2, 8);
        if (!division.startsWith(province)) {
            throw refuse(RefusalCode.FOREIGN_REGION, "department " + uscc + " was registered in division " + division
                    + ", outside " + caller.msp() + " (divisions " + province + "xxxx); its own region's admin"
                    + " registers it");
        }
    }
}
