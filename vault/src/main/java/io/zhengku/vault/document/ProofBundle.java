package io.zhengku.vault.document;

import io.micronaut.http.HttpStatus;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.ledger.ReceiptJson;
import io.zhengku.signing.pki.Certificates;
import io.zhengku.vault.department.SealKeys;
import io.zhengku.problem.ProblemException;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Everything needed to verify an anchored licence offline (离线核验材料): the anchored entry (whose seal
 * signature covers every anchored field), the seal certificate chain, the detached CMS e-seal over the file,
 * and the inclusion proof with its batch, to check against the root read from any region's peer.
 */
@Singleton
public class ProofBundle {

    /** Where the root the proof leads to is recorded. */
    static final String CHANNEL = "yangtze-delta";
    static final String CHAINCODE = "zhengku";

    private final SealKeys seals;

    public ProofBundle(SealKeys seals) {
        this.seals = seals;
    }

    public Map<String, Object> of(DocumentRow row) {
        if (row.anchorStatus() != AnchorStatus.ANCHORED) {
            throw new ProblemException(HttpStatus.CONFLICT, "not-anchored", row.id() + " is " + row.anchorStatus()
                    + " on the ledger; its proof exists once anchorStatus is ANCHORED");
        }
        Map<String, Object> bundle = new LinkedHashMap<>();
        bundle.put("version", 1);
        bundle.put("documentId", row.id());
        bundle.put("entry", CanonicalJson.parse(row.anchorEntry().getBytes(StandardCharsets.UTF_8)));
        bundle.put("receipt", ReceiptJson.toMap(ReceiptJson.fromJson(row.anchorReceipt())));
        bundle.put("ledger", Map.of("channel", CHANNEL, "chaincode", CHAINCODE, "batchId", row.anchorBatchId()));
        bundle.put("sealCertificates", seals.chainOf(row.issuerCode()).stream().map(ProofBundle::pem).toList());
        if (row.sealCms() != null) {
            bundle.put("cmsSeal", Base64.getEncoder().encodeToString(row.sealCms()));
        }
        return bundle;
    }

    private static String pem(X509Certificate certificate) {
        try {
            return Certificates.toPem(certificate);
        } catch (CertificateEncodingException e) {
            throw new IllegalStateException("a loaded seal certificate cannot be encoded", e);
        }
    }
}
