package io.zhengku.chaincode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zhengku.core.anchor.RefusalCode;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.hyperledger.fabric.contract.Context;
import org.hyperledger.fabric.contract.annotation.Contract;
import org.hyperledger.fabric.contract.annotation.Default;
import org.hyperledger.fabric.contract.annotation.Transaction;
import org.junit.jupiter.api.Test;

class ContractDefinitionTest {

    @Test
    void the_contract_is_the_default_contract_named_zhengku() {
        assertThat(ZhengkuContract.class.getAnnotation(Contract.class).name()).isEqualTo("zhengku");
        assertThat(ZhengkuContract.class.isAnnotationPresent(Default.class)).isTrue();
    }

    @Test
    void every_public_function_is_a_transaction_taking_the_context_first_and_returning_json_text() {
        Map<String, Transaction.TYPE> intents = new TreeMap<>();
        for (Method method : ZhengkuContract.class.getDeclaredMethods()) {
            if (Modifier.isPublic(method.getModifiers())) {
                assertThat(method.getParameterTypes()[0]).as(method.getName()).isEqualTo(Context.class);
                assertThat(Arrays.stream(method.getParameterTypes()).skip(1)).as(method.getName()).allMatch(String.class::equals);
                assertThat(method.getReturnType()).as(method.getName()).isEqualTo(String.class);
                intents.put(method.getName(), method.getAnnotation(Transaction.class).intent());
            }
        }
        assertThat(intents).containsOnlyKeys("registerRegion", "registerDepartment", "updateDepartment", "registerSeal",
                "retireSeal", "anchorBatch", "suspend", "reinstate", "revoke", "supersede", "findByDigest", "findById",
                "findEvidence", "findEvidenceById", "history", "findBatch", "findDepartment", "findSeal", "listRegions",
                "anchorAuditHead", "auditHeads");
        Set<String> queries = Set.of("findByDigest", "findById", "findEvidence", "findEvidenceById", "history", "findBatch", "findDepartment", "findSeal",
                "listRegions", "auditHeads");
        intents.forEach((name, intent) -> assertThat(intent).as(name)
                .isEqualTo(queries.contains(name) ? Transaction.TYPE.EVALUATE : Transaction.TYPE.SUBMIT));
    }

    @Test
    void a_refusal_carries_its_code_as_payload_and_message_prefix() {
        assertThat(Refusals.refuse(RefusalCode.NOT_FOUND, "no document").getPayload())
                .isEqualTo("NOT_FOUND".getBytes(StandardCharsets.UTF_8));
        assertThat(Refusals.within("batch entry 3", Refusals.refuse(RefusalCode.UNKNOWN_SEAL, "seal ab")))
                .hasMessage("UNKNOWN_SEAL: batch entry 3: seal ab")
                .satisfies(e -> assertThat(e.getPayload()).isEqualTo("UNKNOWN_SEAL".getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_batch_limit_comes_from_the_environment_within_bounds() {
        assertThat(BatchLimit.fromEnvironment(null, 2000)).isEqualTo(2000);
        assertThat(BatchLimit.fromEnvironment(" 500 ", 2000)).isEqualTo(500);
        assertThatThrownBy(() -> BatchLimit.fromEnvironment("0", 2000)).hasMessageContaining(BatchLimit.VARIABLE);
        assertThatThrownBy(() -> BatchLimit.fromEnvironment("10001", 2000)).hasMessageContaining("1 to 10000");
        assertThatThrownBy(() -> BatchLimit.fromEnvironment("many", 2000)).hasMessageContaining("whole number");
    }

    @Test
    void keys_are_fabric_composite_keys() {
        assertThat(Keys.document("ab")).isEqualTo("\u0000document\u0000ab\u0000");
        assertThat(Keys.documentId("M.1.2")).isEqualTo("\u0000documentId\u0000M.1.2\u0000");
        assertThat(Keys.batch("b-1")).isEqualTo("\u0000batch\u0000b-1\u0000");
        assertThat(Keys.department("u")).isEqualTo("\u0000department\u0000u\u0000");
        assertThat(Keys.seal("f")).isEqualTo("\u0000seal\u0000f\u0000");
        assertThat(Keys.region("ShanghaiMSP")).isEqualTo("\u0000region\u0000ShanghaiMSP\u0000");
    }
}
