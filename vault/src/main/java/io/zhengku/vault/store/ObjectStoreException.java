package io.zhengku.vault.store;

/** The object store could not do what was asked; nothing the vault acknowledged depends on it having done so. */
public class ObjectStoreException extends RuntimeException {

    public ObjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
