package io.zhengku.vault.store;

import io.zhengku.problem.SafeToLog;

/** The object store could not do what was asked; nothing the vault acknowledged depends on it having done so. */
public class ObjectStoreException extends RuntimeException implements SafeToLog {

    public ObjectStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
