package org.alliancegraph.store;

/** The store cannot be opened or written; the message is meant for the operator. */
public class StoreException extends RuntimeException {
    public StoreException(String message) { super(message); }

    public StoreException(String message, Throwable cause) { super(message, cause); }
}
