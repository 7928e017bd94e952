package no.framdrift.store;

/** A workspace that cannot be used, or a refused change, with a message meant for the steward (Norwegian). */
public class StoreException extends RuntimeException {

    public enum Reason {
        ALREADY_OPEN, NEWER_VERSION, NOT_WRITABLE, FAILED,
        /** A team database that cannot be reached (address, network, server down, no such database). */
        UNREACHABLE,
        /** A wrong or missing password, or a user the server does not let in. */
        WRONG_PASSWORD,
        /** An empty or older team database that only its owner may create or upgrade. */
        NEEDS_OWNER,
        /** The database refused a change the user's team role does not allow (SQLState 42501). */
        PERMISSION_DENIED,
        /** Someone else saved the same indicator since it was read (optimistic locking). */
        CONFLICT
    }

    private final Reason reason;

    public StoreException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public StoreException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
