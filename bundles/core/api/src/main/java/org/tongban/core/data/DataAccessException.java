package org.tongban.core.data;

/** A database failure, wrapped so callers need not handle SQLException. */
public class DataAccessException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DataAccessException(String message, Throwable cause) {
        super(message, cause);
    }
}
