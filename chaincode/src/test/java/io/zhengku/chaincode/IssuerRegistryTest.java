package io.zhengku.chaincode;

import static io.zhengku.chaincode.RefusalAssertions.assertRefused;
import static io.zhengku.chaincode.Samples.JIANGSU;
import static io.zhengku.chaincode.Samples.SHANGHAI;
import static io.zhengku.chaincode.Samples.SH_HEALTH_SEAL;
import static io.zhengku.chaincode.Samples.SH_HEALTH_SEAL_PEM;
import static io.zhengku.chaincode.Samples.SH_MARKET;
import static io.zhengku.chaincode.Samples.SH_MARKET_SEAL;
import static io.zhengku.chaincode.Samples.SH_MARKET_SEAL_PEM;
import static io.zhengku.chaincode.Samples.ZHEJIANG;
import static io.zhengku.chaincode.Samples.ZJ_MARKET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

import io.zhengku.core.anchor.RefusalCode;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class IssuerRegistryTest {

    static final String MARKET_REQUEST = "{\"uscc\":\"113100000024178544\",\"name\":\"上海市市场监督管理局\","
            + "\"typeCodes\":[\"21100000000000000M001\",\"11100000000013338W011\"]}";
    static final String MARKET_RECORD = "{\"msp\":\"ShanghaiMSP\",\"name\":\"上海市市场监督管理局\","
            + "\"typeCodes\":[\"11100000000013338W011\",\"21100000000000000M001\"],"
            + "\"updatedAt\":\"2026-11-02T08:00:00Z\",\"uscc\":\"113100000024178544\"}";

    private final ZhengkuContract contract = new ZhengkuContract();
    private final LedgerMock ledger = new LedgerMock().withRegions(SHANGHAI, ZHEJIANG).as(SHANGHAI, true);

    @Test
    void a_region_admin_registers_its_region_once() {
        LedgerMock fresh = new LedgerMock().as(JIANGSU, true);

        String stored = contract.registerRegion(fresh.ctx);

        assertThat(fresh.written("\u0000region\u0000JiangsuMSP\u0000"))
                .isEqualTo("{\"joinedAt\":\"2026-11-02T08:00:00Z\",\"msp\":\"JiangsuMSP\",\"txId\":\"4f1c2e0d9b8a\"}")
                .isEqualTo(stored);
    }

    @Test
    void registering_a_region_again_writes_nothing() {
        String stored = contract.registerRegion(ledger.ctx);

        ledger.assertUnchanged();
        assertThat(stored).contains("\"msp\":\"ShanghaiMSP\"");
    }

    @Test
    void a_client_without_the_admin_unit_cannot_register_its_region() {
        LedgerMock client = new LedgerMock().as(JIANGSU, false);

        assertRefused(() -> contract.registerRegion(client.ctx), RefusalCode.NOT_REGION_ADMIN);
        client.assertUnchanged();
    }

    @Test
    void registering_a_department_writes_golden_bytes_with_sorted_type_codes() {
        String stored = contract.registerDepartment(ledger.ctx, MARKET_REQUEST);

        assertThat(ledger.written("\u0000department\u0000113100000024178544\u0000")).isEqualTo(MARKET_RECORD).isEqualTo(stored);
    }

    @Test
    void a_new_department_requires_its_region_and_one_other_region_to_change() {
        contract.registerDepartment(ledger.ctx, MARKET_REQUEST);

        assertThat(HexFormat.of().formatHex(ledger.policyOn(Keys.department(SH_MARKET))))
                .isEqualTo(AnchoringTest.SHANGHAI_AND_ZHEJIANG_POLICY);
    }

    @Test
    void a_client_without_the_admin_unit_cannot_register_a_department() {
        ledger.as(SHANGHAI, false);

        assertRefused(() -> contract.registerDepartment(ledger.ctx, MARKET_REQUEST), RefusalCode.NOT_REGION_ADMIN);
        ledger.assertUnchanged();
    }

    @Test
    void registering_a_department_twice_is_refused() {
        ledger.holding(Keys.department(SH_MARKET), MARKET_RECORD);

        assertRefused(() -> contract.registerDepartment(ledger.ctx, MARKET_REQUEST), RefusalCode.DEPARTMENT_EXISTS);
        ledger.assertUnchanged();
    }

    @Test
    void a_region_admin_cannot_register_a_department_of_another_province() {
        String ningbo = "{\"uscc\":\"" + ZJ_MARKET + "\",\"name\":\"宁波\",\"typeCodes\":[\"11100000000013338W011\"]}";

        assertRefused(() -> contract.registerDepartment(ledger.ctx, ningbo), RefusalCode.FOREIGN_REGION);
        ledger.assertUnchanged();
    }

    @Test
    void a_department_cannot_be_registered_before_another_region_joined() {
        LedgerMock alone = new LedgerMock().withRegions(SHANGHAI).as(SHANGHAI, true);

        assertRefused(() -> contract.registerDepartment(alone.ctx, MARKET_REQUEST), RefusalCode.NO_OTHER_REGION);
        alone.assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"uscc\":\"113100000024178545\",\"name\":\"n\",\"typeCodes\":[\"11100000000013338W011\"]}",
        "{\"uscc\":\"113100000024178544\",\"name\":\" n\",\"typeCodes\":[\"11100000000013338W011\"]}",
        "{\"uscc\":\"113100000024178544\",\"name\":\"n\",\"typeCodes\":[]}",
        "{\"uscc\":\"113100000024178544\",\"name\":\"n\",\"typeCodes\":[\"11100000000013338w011\"]}",
        "{\"uscc\":\"113100000024178544\",\"name\":\"n\",\"typeCodes\":[\"11100000000013338W011\",\"11100000000013338W011\"]}",
        "{\"uscc\":\"113100000024178544\",\"name\":\"n\",\"typeCodes\":[\"11100000000013338W011\"],\"head\":\"x\"}",
        "{\"uscc\":\"113100000024178544\",\"typeCodes\":[\"11100000000013338W011\"]}",
        "[\"113100000024178544\"]",
        "not json"
    })
    void a_malformed_department_is_refused(String request) {
        assertRefused(() -> contract.registerDepartment(ledger.ctx, request), RefusalCode.INVALID_ARGUMENT);
        ledger.assertUnchanged();
    }

    @Test
    void updating_a_department_replaces_its_name_and_types_and_keeps_its_policy() {
        ledger.holding(Keys.department(SH_MARKET), MARKET_RECORD);

        contract.updateDepartment(ledger.ctx, "{\"uscc\":\"113100000024178544\",\"name\":\"上海市市场监管局\","
                + "\"typeCodes\":[\"11100000000013338W011\"]}");

        assertThat(ledger.written(Keys.department(SH_MARKET))).isEqualTo("{\"msp\":\"ShanghaiMSP\",\"name\":\"上海市市场监管局\","
                + "\"typeCodes\":[\"11100000000013338W011\"],\"updatedAt\":\"2026-11-02T08:00:00Z\","
                + "\"uscc\":\"113100000024178544\"}");
        verify(ledger.stub, never()).setStateValidationParameter(anyString(), any());
    }

    @Test
    void zhejiang_admin_cannot_update_a_shanghai_department() {
        ledger.holding(Keys.department(SH_MARKET), MARKET_RECORD).as(ZHEJIANG, true);

        assertRefused(() -> contract.updateDepartment(ledger.ctx, MARKET_REQUEST), RefusalCode.FOREIGN_REGION);
        ledger.assertUnchanged();
    }

    @Test
    void updating_an_unregistered_department_is_refused() {
        assertRefused(() -> contract.updateDepartment(ledger.ctx, MARKET_REQUEST), RefusalCode.UNKNOWN_DEPARTMENT);
        ledger.assertUnchanged();
    }

    @Test
    void registering_an_sm2_seal_stores_its_pem_fingerprint_algorithm_and_window() throws Exception {
        ledger.holding(Keys.department(SH_MARKET), MARKET_RECORD);
        String fingerprint = HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(TestPki.derOf(SH_MARKET_SEAL_PEM)));

        contract.registerSeal(ledger.ctx, SH_MARKET, SH_MARKET_SEAL_PEM.replace("\n", "\r\n") + "  ");

        assertThat(fingerprint).isEqualTo(SH_MARKET_SEAL);
        assertThat(ledger.written("\u0000seal\u0000" + fingerprint + "\u0000")).isEqualTo("{\"algorithm\":\"SM2\","
                + "\"department\":\"113100000024178544\",\"fingerprint\":\"" + fingerprint + "\",\"msp\":\"ShanghaiMSP\","
                + "\"notAfter\":\"2028-12-31T23:59:59Z\",\"notBefore\":\"2026-01-01T00:00:00Z\","
                + "\"pem\":\"" + SH_MARKET_SEAL_PEM.replace("\n", "\\n") + "\",\"registeredAt\":\"2026-11-02T08:00:00Z\"}");
        assertThat(HexFormat.of().formatHex(ledger.policyOn(Keys.seal(fingerprint))))
                .isEqualTo(AnchoringTest.SHANGHAI_AND_ZHEJIANG_POLICY);
    }

    @Test
    void a_p256_seal_is_recorded_as_p256() {
        ledger.holding(Keys.department(Samples.SH_HEALTH), Samples.department(Samples.SH_HEALTH, "卫健委", SHANGHAI,
                Samples.FOOD_PERMIT));

        String stored = contract.registerSeal(ledger.ctx, Samples.SH_HEALTH, SH_HEALTH_SEAL_PEM);

        assertThat(stored).startsWith("{\"algorithm\":\"P-256\",").contains("\"fingerprint\":\"" + SH_HEALTH_SEAL + "\"");
    }

    @Test
    void a_seal_on_another_curve_is_refused() {
        ledger.holding(Keys.department(SH_MARKET), MARKET_RECORD);
        String p384 = TestPki.pemOnCurve("secp384r1", "SHA384withECDSA", "2026-01-01T00:00:00Z", "2028-01-01T00:00:00Z", "p384");

        assertRefused(() -> contract.registerSeal(ledger.ctx, SH_MARKET, p384), RefusalCode.UNSUPPORTED_SEAL_ALGORITHM);
        ledger.assertUnchanged();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n",
        "-----BEGIN CERTIFICATE-----\n!!!!\n-----END CERTIFICATE-----\n", "MIIB"})
    void a_seal_that_is_not_one_der_certificate_is_refused(String pem) {
        ledger.holding(Keys.department(SH_MARKET), MARKET_RECORD);

        assertRefused(() -> contract.registerSeal(ledger.ctx, SH_MARKET, pem), RefusalCode.INVALID_ARGUMENT);
        ledger.assertUnchanged();
    }

    @Test
    void two_certificates_in_one_pem_are_refused() {
        ledger.holding(Keys.department(SH_MARKET), MARKET_RECORD);

        assertRefused(() -> contract.registerSeal(ledger.ctx, SH_MARKET, SH_MARKET_SEAL_PEM + SH_HEALTH_SEAL_PEM),
                RefusalCode.INVALID_ARGUMENT);
        ledger.assertUnchanged();
    }

    @Test
    void registering_a_seal_twice_is_refused() {
        Samples.registry(ledger);

        assertRefused(() -> contract.registerSeal(ledger.ctx, SH_MARKET, SH_MARKET_SEAL_PEM), RefusalCode.SEAL_EXISTS);
        ledger.assertUnchanged();
    }

    @Test
    void zhejiang_admin_cannot_register_a_seal_for_a_shanghai_department() {
        ledger.holding(Keys.department(SH_MARKET), MARKET_RECORD).as(ZHEJIANG, true);

        assertRefused(() -> contract.registerSeal(ledger.ctx, SH_MARKET, SH_MARKET_SEAL_PEM), RefusalCode.FOREIGN_REGION);
        ledger.assertUnchanged();
    }

    @Test
    void a_seal_for_an_unregistered_department_is_refused() {
        assertRefused(() -> contract.registerSeal(ledger.ctx, ZJ_MARKET, SH_MARKET_SEAL_PEM), RefusalCode.UNKNOWN_DEPARTMENT);
        ledger.assertUnchanged();
    }

    @Test
    void retiring_a_seal_records_the_time() {
        Samples.registry(ledger);

        contract.retireSeal(ledger.ctx, SH_MARKET_SEAL);

        assertThat(ledger.written(Keys.seal(SH_MARKET_SEAL)))
                .isEqualTo(Samples.seal(SH_MARKET_SEAL_PEM, SH_MARKET, null).replace("}", ",\"retiredAt\":\"2026-11-02T08:00:00Z\"}"));
    }

    @Test
    void retiring_a_retired_seal_is_refused() {
        ledger.holding(Keys.seal(SH_MARKET_SEAL), Samples.seal(SH_MARKET_SEAL_PEM, SH_MARKET, "2026-10-01T00:00:00Z"));

        assertRefused(() -> contract.retireSeal(ledger.ctx, SH_MARKET_SEAL), RefusalCode.SEAL_RETIRED);
        ledger.assertUnchanged();
    }

    @Test
    void zhejiang_admin_cannot_retire_a_shanghai_seal() {
        Samples.registry(ledger).as(ZHEJIANG, true);

        assertRefused(() -> contract.retireSeal(ledger.ctx, SH_MARKET_SEAL), RefusalCode.FOREIGN_REGION);
        ledger.assertUnchanged();
    }

    @Test
    void retiring_an_unknown_seal_is_refused() {
        assertRefused(() -> contract.retireSeal(ledger.ctx, SH_MARKET_SEAL), RefusalCode.UNKNOWN_SEAL);
        assertRefused(() -> contract.retireSeal(ledger.ctx, SH_MARKET_SEAL.toUpperCase()), RefusalCode.INVALID_ARGUMENT);
        ledger.assertUnchanged();
    }

    @Test
    void a_client_without_the_admin_unit_cannot_retire_a_seal() {
        Samples.registry(ledger).as(SHANGHAI, false);

        assertRefused(() -> contract.retireSeal(ledger.ctx, SH_MARKET_SEAL), RefusalCode.NOT_REGION_ADMIN);
        ledger.assertUnchanged();
    }
}
