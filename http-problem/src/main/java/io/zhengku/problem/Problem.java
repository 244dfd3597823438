package io.zhengku.problem;

import io.micronaut.serde.annotation.Serdeable;

/**
 * An error answer in RFC 9457 problem+json form. {@code code} is the stable part clients branch on;
 * {@code detail} says, in words, what was wrong and what to do.
 *
 * @param type   a URN naming the problem, {@code urn:zhengku:problem:<code>}
 * @param title  the HTTP reason phrase
 * @param status the HTTP status
 * @param code   stable lowercase-kebab code, e.g. {@code metadata-invalid}
 * @param detail what was wrong and what to do; never personal data or file contents
 * @param field  the request field at fault, when one is
 */
@Serdeable
public record Problem(String type, String title, int status, String code, String detail, String field) {

    /** The media type of every error answer. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem whose type is {@code urn:zhengku:problem:<code>}. */
    public static Problem of(int status, String title, String code, String detail, String field) {
        return new Problem("urn:zhengku:problem:" + code, title, status, code, detail, field);
    }
}
