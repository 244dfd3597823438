package io.zhengku.testkit.fabric;

import io.zhengku.core.json.CanonicalJson;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;

/** Fresh issuing departments for writes on the shared network, which keeps what every earlier run wrote. */
public final class TestDepartments {

    public static final String TYPE_CODE = "11100000000013338W011";
    private static final String USCC_ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] USCC_WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    private static final int[] ORGANISATION_CODE_WEIGHTS = {3, 7, 9, 10, 5, 8, 4, 2};
    private static final SecureRandom RANDOM = new SecureRandom();

    private TestDepartments() {
    }

    /** A unified social credit code of a Shanghai (310101) state organ never used before. */
    public static String freshShanghaiCode() {
        return freshCode("310101");
    }

    /**
     * A unified social credit code of a state organ of administrative division {@code division} (six digits)
     * never used before: a random organisation code with its GB 11714 check digit, and the GB 32100 check
     * character.
     */
    public static String freshCode(String division) {
        StringBuilder organisation = new StringBuilder();
        int sum = 0;
        for (int weight : ORGANISATION_CODE_WEIGHTS) {
            int digit = RANDOM.nextInt(10);
            organisation.append(digit);
            sum += digit * weight;
        }
        int check = 11 - sum % 11;
        organisation.append(check == 10 ? 'X' : check == 11 ? '0' : (char) ('0' + check));
        String body = "11" + division + organisation;
        int total = 0;
        for (int i = 0; i < body.length(); i++) {
            total += USCC_ALPHABET.indexOf(body.charAt(i)) * USCC_WEIGHTS[i];
        }
        return body + USCC_ALPHABET.charAt((31 - total % 31) % 31);
    }

    /** The request registerDepartment and updateDepartment take. */
    public static String request(String uscc, String name) {
        return CanonicalJson.encodeToString(Map.of("uscc", uscc, "name", name, "typeCodes", List.of(TYPE_CODE)));
    }
}
