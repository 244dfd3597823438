package io.zhengku.ledger.fabric;

import io.zhengku.ledger.IssuerRegistry;
import io.zhengku.ledger.LedgerException;
import io.zhengku.ledger.RegisteredDepartment;
import io.zhengku.ledger.RegisteredSeal;
import java.util.Objects;
import java.util.Optional;

/** The contract's issuer registry as the region's own peer holds it. */
public final class FabricIssuerRegistry implements IssuerRegistry {

    private final FabricGateway gateway;

    public FabricIssuerRegistry(FabricGateway gateway) {
        this.gateway = Objects.requireNonNull(gateway, "gateway");
    }

    @Override
    public Optional<RegisteredDepartment> findDepartment(String uscc) throws LedgerException {
        return gateway.evaluate(RegisteredDepartment::parse, "findDepartment", uscc);
    }

    @Override
    public Optional<RegisteredSeal> findSeal(String fingerprint) throws LedgerException {
        return gateway.evaluate(RegisteredSeal::parse, "findSeal", fingerprint);
    }
}
