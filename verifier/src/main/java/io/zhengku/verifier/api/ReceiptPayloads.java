package io.zhengku.verifier.api;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a verification receipt states: the answer's codes, digests, identifiers and times, and how current the
 * ledger state it was judged on was. Never a disclosed
 * value — only the names of the fields a token disclosed — so a receipt may be kept and shown without
 * holding anything about the holder.
 */
final class ReceiptPayloads {

    static final long VERSION = 1;

    private ReceiptPayloads() {
    }

    /** @param presented what was presented: {@code file}, {@code sha256}, {@code id}, {@code token} or {@code qr} */
    static Map<String, Object> of(VerificationAnswer answer, String presented) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("version", VERSION);
        payload.put("verifier", answer.verifier());
        payload.put("region", answer.region());
        payload.put("verifiedAt", answer.verifiedAt().toString());
        payload.put("presented", presented);
        payload.put("verdict", answer.verdict());
        payload.put("reason", answer.reason());
        payload.put("checks", Map.of("integrity", check(answer.checks().integrity()),
                "status", check(answer.checks().status()), "issuer", check(answer.checks().issuer())));
        VerificationAnswer.LedgerRecord record = answer.record();
        if (record != null) {
            Map<String, Object> document = new LinkedHashMap<>();
            document.put("sha256", record.sha256());
            document.put("id", record.id());
            document.put("typeCode", record.typeCode());
            document.put("issuer", record.issuer());
            document.put("status", record.status());
            document.put("anchoredAt", record.anchoredAt().toString());
            document.put("transactionId", record.transactionId());
            document.put("batchId", record.batchId());
            payload.put("document", document);
        }
        if (answer.ledger() != null) {
            Map<String, Object> ledger = new LinkedHashMap<>();
            ledger.put("source", answer.ledger().source());
            if (answer.ledger().block() != null) {
                ledger.put("block", answer.ledger().block());
            }
            ledger.put("blocksBehind", answer.ledger().blocksBehind());
            ledger.put("millisBehind", answer.ledger().millisBehind());
            payload.put("ledger", ledger);
        }
        if (!answer.disclosed().isEmpty()) {
            payload.put("disclosedFields", answer.disclosed().stream().map(VerificationAnswer.DisclosedField::name)
                    .toList());
        }
        return payload;
    }

    private static Map<String, Object> check(VerificationAnswer.Check check) {
        return Map.of("result", check.result(), "reason", check.reason());
    }
}
