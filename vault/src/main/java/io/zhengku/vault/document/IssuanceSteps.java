package io.zhengku.vault.document;

import io.zhengku.vault.fault.CrashPoints;
import io.zhengku.vault.store.ObjectClaims;
import io.zhengku.vault.store.ObjectStore;
import jakarta.inject.Singleton;

/**
 * The steps of issuing a document, which single ({@link Issuance}) and bulk ({@link BulkIssuance}) issuance run in
 * the same order: who may issue, the number, the identifier, the intake, the seals, the
 * claim on the file's key, the store and the write.
 */
@Singleton
final class IssuanceSteps {

    final Issuers issuers;
    final LicenceNumbers numbers;
    final DocumentIds ids;
    final DocumentIntake intake;
    final DocumentSealer sealer;
    final ObjectClaims claims;
    final ObjectStore store;
    final DocumentWriter writer;
    final CrashPoints crashPoints;

    IssuanceSteps(Issuers issuers, LicenceNumbers numbers, DocumentIds ids, DocumentIntake intake,
                  DocumentSealer sealer, ObjectClaims claims, ObjectStore store, DocumentWriter writer,
                  CrashPoints crashPoints) {
        this.issuers = issuers;
        this.numbers = numbers;
        this.ids = ids;
        this.intake = intake;
        this.sealer = sealer;
        this.claims = claims;
        this.store = store;
        this.writer = writer;
        this.crashPoints = crashPoints;
    }
}
