package io.zhengku.vault.presentation;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * A presentation (亮证) as answered: the token the QR code carries, the QR code as base64 PNG, and its expiry.
 */
@Serdeable
public record Presentation(String token, String qrPng, Instant expiresAt) {
}
