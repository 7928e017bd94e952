package no.framdrift.store;

/** A data folder that cannot be used, with a message meant for the steward (Norwegian). */
public class StoreException extends RuntimeException {

    public enum Reason { ALREADY_OPEN, NEWER_VERSION, NOT_WRITABLE, FAILED }

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
