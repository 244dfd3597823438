package io.zhengku.vault.department;

import io.micronaut.context.annotation.Requires;
import io.zhengku.core.json.CanonicalJson;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.RegisteredSeal;
import io.zhengku.ledger.fabric.FabricGateway;
import io.zhengku.signing.pki.Certificates;
import jakarta.inject.Named;
import jakarta.inject.Singleton;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The issuer registry on the channel (发证机构登记), written by this region's admin identity: the ledger is
 * the authority on departments and seals, and the vault's department table is its copy. Each write is made
 * only when the ledger does not already say the same, so registering twice writes nothing the second time.
 */
@Singleton
@Requires(beans = FabricGateway.class)
public class LedgerDepartments {

    private final FabricGateway admin;

    public LedgerDepartments(@Named("region-admin") FabricGateway admin) {
        this.admin = admin;
    }

    /**
     * Registers the department, or updates its entry when its name or type codes differ.
     *
     * @return whether the ledger was written
     * @throws LedgerException e.g. {@code FOREIGN_REGION} for another region's department, or {@code UNAVAILABLE}
     */
    public boolean register(Department department) throws LedgerException {
        Optional<RegisteredDepartment> registered = admin.evaluate(RegisteredDepartment::parse, "findDepartment",
                department.code());
        if (registered.isPresent() && registered.get().name().equals(department.name())
                && new TreeSet<>(registered.get().typeCodes()).equals(new TreeSet<>(department.typeCodeList()))) {
            return false;
        }
        admin.submit(registered.isPresent() ? "updateDepartment" : "registerDepartment", CanonicalJson.encodeToString(
                Map.of("uscc", department.code(), "name", department.name(), "typeCodes", department.typeCodeList())))
                .awaitValid();
        return true;
    }

    /** Registers a seal certificate of the department unless the ledger has it; whether it was written. */
    public boolean registerSeal(String departmentCode, X509Certificate certificate) throws LedgerException {
        if (admin.evaluate(RegisteredSeal::parse, "findSeal", Certificates.sha256Fingerprint(certificate)).isPresent()) {
            return false;
        }
        try {
            admin.submit("registerSeal", departmentCode, Certificates.toPem(certificate)).awaitValid();
        } catch (CertificateEncodingException e) {
            throw new IllegalArgumentException("the seal certificate of " + departmentCode + " cannot be encoded", e);
        }
        return true;
    }
}
