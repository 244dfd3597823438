package io.zhengku.signing.key;

/** A signing key could not produce a signature: the key store or device failed, not the input. */
public final class SigningException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SigningException(String message, Throwable cause) {
        super(message, cause);
    }
}
