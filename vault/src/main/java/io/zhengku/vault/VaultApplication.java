package io.zhengku.vault;

import io.micronaut.runtime.Micronaut;

/** Starts the vault: the issuing service of one region. */
public final class VaultApplication {

    private VaultApplication() {
    }

    public static void main(String[] args) {
        Micronaut.run(VaultApplication.class, args);
    }
}
