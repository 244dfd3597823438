package org.hyperledger.fabric.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.google.protobuf.ByteString;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.hyperledger.fabric.protos.msp.SerializedIdentity;
import org.hyperledger.fabric.shim.Chaincode;
import org.hyperledger.fabric.shim.ChaincodeStub;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real Fabric contract router, as {@code ContractRouter.main} sets it up, finds the {@code zhengku}
 * contract on the class path and routes bare function names to it. This test lives in the router's
 * package because {@code findAllContracts} is package-private.
 */
class ZhengkuRoutingTest {

    private static ContractRouter router;

    @BeforeAll
    static void findContracts() {
        router = new ContractRouter(new String[] {"--id", "zhengku:test"});
        router.findAllContracts();
    }

    @Test
    void a_bare_function_name_reaches_the_default_zhengku_contract() throws Exception {
        Chaincode.Response response = router.invoke(stub("findByDigest", "0".repeat(64)));

        assertThat(response.getStatus()).isEqualTo(Chaincode.Response.Status.INTERNAL_SERVER_ERROR);
        assertThat(response.getMessage()).startsWith("NOT_FOUND: no document is anchored with SHA-256");
        assertThat(new String(response.getPayload(), StandardCharsets.UTF_8)).isEqualTo("NOT_FOUND");
    }

    @Test
    void the_qualified_name_reaches_the_same_function() throws Exception {
        Chaincode.Response response = router.invoke(stub("zhengku:findBatch", "no such batch"));

        assertThat(new String(response.getPayload(), StandardCharsets.UTF_8)).isEqualTo("INVALID_ARGUMENT");
    }

    @Test
    void a_query_result_is_returned_as_the_json_bytes() throws Exception {
        ChaincodeStub stub = stub("findBatch", "sh-1");
        when(stub.getState("\u0000batch\u0000sh-1\u0000")).thenReturn("{\"batchId\":\"sh-1\"}".getBytes(StandardCharsets.UTF_8));

        Chaincode.Response response = router.invoke(stub);

        assertThat(response.getStatus()).isEqualTo(Chaincode.Response.Status.SUCCESS);
        assertThat(response.getStringPayload()).isEqualTo("{\"batchId\":\"sh-1\"}");
    }

    private static ChaincodeStub stub(String function, String... args) throws Exception {
        ChaincodeStub stub = mock(ChaincodeStub.class);
        List<byte[]> all = Stream.concat(Stream.of(function), Stream.of(args))
                .map(arg -> arg.getBytes(StandardCharsets.UTF_8)).toList();
        when(stub.getArgs()).thenReturn(all);
        when(stub.getStringArgs()).thenReturn(Stream.concat(Stream.of(function), Stream.of(args)).toList());
        when(stub.getFunction()).thenReturn(function);
        when(stub.getParameters()).thenReturn(List.of(args));
        when(stub.getState(org.mockito.ArgumentMatchers.anyString())).thenReturn(new byte[0]);
        when(stub.getCreator()).thenReturn(creator("ZhejiangMSP"));
        when(stub.getTxId()).thenReturn("tx-routing");
        return stub;
    }

    private static byte[] creator(String msp) throws Exception {
        X509Certificate certificate = io.zhengku.chaincode.RoutingSupport.clientCertificate(msp);
        String pem = "-----BEGIN CERTIFICATE-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(certificate.getEncoded())
                + "\n-----END CERTIFICATE-----\n";
        return SerializedIdentity.newBuilder().setMspid(msp).setIdBytes(ByteString.copyFromUtf8(pem)).build()
                .toByteArray();
    }
}
