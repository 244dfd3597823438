package io.zhengku.demo;

import io.zhengku.core.json.CanonicalJson;
import io.zhengku.core.json.JsonObjectReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fresh 亮证 presentation of a licence, made by the vault and saved as a QR picture and its token text:
 * what a holder shows at a counter, and what {@code ./zk verify qr} or {@code ./zk verify token} then checks.
 *
 * @param qrPng     the QR code picture
 * @param token     the file holding the token the picture encodes
 * @param expiresAt when the token stops being accepted
 */
record QrPresentation(Path qrPng, Path token, String expiresAt) {

    /** Asks the vault for a presentation disclosing {@code disclose}, living {@code ttlSeconds}; saves it as NAME-qr.png and NAME-token.txt. */
    static QrPresentation make(VaultApi vault, String licenceId, List<String> disclose, long ttlSeconds,
                               Optional<String> audience, Path out, String name) throws IOException, InterruptedException {
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("disclose", disclose);
        request.put("ttlSeconds", ttlSeconds);
        audience.ifPresent(region -> request.put("audience", region));
        JsonObjectReader presentation = vault.present(licenceId, CanonicalJson.encodeToString(request));
        Files.createDirectories(out);
        Path png = Files.write(out.resolve(name + "-qr.png"), Base64.getDecoder().decode(presentation.string("qrPng")));
        Path token = Files.writeString(out.resolve(name + "-token.txt"), presentation.string("token"));
        return new QrPresentation(png, token, presentation.string("expiresAt"));
    }
}
