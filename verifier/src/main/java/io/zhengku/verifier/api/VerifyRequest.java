package io.zhengku.verifier.api;

import io.micronaut.serde.annotation.Serdeable;

/**
 * A verification asked by value: exactly one of a SHA-256 (hex, either case), a licence identifier or material
 * id, or a 亮证 token as read from its QR code.
 */
@Serdeable
public record VerifyRequest(String sha256, String id, String token) {
}
