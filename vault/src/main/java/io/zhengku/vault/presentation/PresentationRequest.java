package io.zhengku.vault.presentation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * The body of {@code POST /api/v1/licences/{id}/presentations}.
 *
 * @param disclose   the fields to show, named as in the metadata JSON ({@code holderName}, {@code validUntil}, ...)
 * @param ttlSeconds how long the QR code is good for; default 120, at most 600
 * @param audience   the verifier or region that alone may accept it, or none
 */
@Serdeable
public record PresentationRequest(List<String> disclose, @Nullable Integer ttlSeconds, @Nullable String audience) {
}
