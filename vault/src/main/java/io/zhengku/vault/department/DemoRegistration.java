package io.zhengku.vault.department;

import io.micronaut.context.annotation.Requires;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;

/**
 * Registers the demo departments a fresh vault lacks, so that it can issue at once
 * ({@code zhengku.demo.enabled}, on by default; turn it off in production).
 */
@Singleton
@Requires(property = "zhengku.demo.enabled", notEquals = "false")
public class DemoRegistration {

    private final DepartmentRepository departments;

    public DemoRegistration(DepartmentRepository departments) {
        this.departments = departments;
    }

    @EventListener
    void onStartup(StartupEvent event) {
        for (Department department : DemoDepartments.all()) {
            if (!departments.existsById(department.code())) {
                departments.save(department);
            }
        }
    }
}
