package io.zhengku.vault.department;

import io.micronaut.context.annotation.Property;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.zhengku.ledger.LedgerException;
import jakarta.inject.Singleton;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Registers the demo departments of the vault's own region that a fresh vault lacks, so that it can issue at
 * once ({@code zhengku.demo.enabled}, on by default; turn it off in production). With a ledger, they and their
 * seal certificates are registered on the channel too, once, by the region's admin: the contract anchors only
 * for registered departments and seals. Another region's vault registers that region's.
 */
@Singleton
@Requires(property = "zhengku.demo.enabled", notEquals = "false")
public class DemoRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(DemoRegistration.class);

    private final DepartmentRepository departments;
    private final Optional<LedgerDepartments> ledger;
    private final SealKeys seals;
    private final String region;

    public DemoRegistration(DepartmentRepository departments, Optional<LedgerDepartments> ledger, SealKeys seals,
                            @Property(name = "zhengku.region") String region) {
        this.departments = departments;
        this.ledger = ledger;
        this.seals = seals;
        this.region = region;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (Department department : DemoDepartments.of(region)) {
            if (!departments.existsById(department.code())) {
                departments.save(department);
            }
        }
        ledger.ifPresent(this::registerOnLedger);
    }

    private void registerOnLedger(LedgerDepartments registry) {
        int written = 0;
        try {
            for (Department department : DemoDepartments.of(region)) {
                written += registry.register(department) ? 1 : 0;
                var seal = seals.sealOf(department.code());
                if (seal.isPresent()) {
                    written += registry.registerSeal(department.code(), seal.get().certificate()) ? 1 : 0;
                }
            }
            LOG.info(written == 0 ? "the demo departments of {} and their seals are on the ledger already"
                    : "registered the demo departments of {} and their seals on the ledger ({} writes)", region, written);
        } catch (LedgerException e) {
            LOG.error("could not register the demo departments of {} on the ledger ({}): {}; their documents are refused"
                    + " until they are registered (restart the vault when the network runs)", region, e.reason(), e.getMessage());
        }
    }
}
