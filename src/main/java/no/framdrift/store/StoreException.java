package no.framdrift.store;

import java.io.IOException;
import java.util.Locale;

/** A workspace that cannot be used, or a refused change, with a message meant for the steward (Norwegian). */
public class StoreException extends RuntimeException {

    public enum Reason {
        ALREADY_OPEN, NEWER_VERSION, NOT_WRITABLE, FAILED,
        /** A database file that is empty, truncated or cannot be read: never replaced. */
        DAMAGED,
        /** The disk or file system is full. */
        DISK_FULL,
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

    /** The one message a full disk gives, wherever it is noticed. */
    public static final String DISK_FULL_MESSAGE = "Ikke nok plass på disken";

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

    /** True when the failure (or one of its causes) is a full disk or file system. */
    public static boolean isDiskFull(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StoreException se && se.reason == Reason.DISK_FULL) {
                return true;
            }
            String m = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
            if (m.contains("no space left") || m.contains("not enough space") || m.contains("disk full")
                    || m.contains("there is not enough space") || m.contains("quota exceeded")) {
                return true;
            }
        }
        return false;
    }

    /** A write that failed: a full disk says so, anything else keeps the given context. */
    static StoreException fromWrite(Throwable e, String context) {
        if (e instanceof StoreException se) {
            return se;
        }
        if (isDiskFull(e)) {
            return new StoreException(Reason.DISK_FULL, DISK_FULL_MESSAGE + ". " + context + ". Ingenting er endret.", e);
        }
        String m = e instanceof IOException ? e.getMessage() : String.valueOf(e.getMessage());
        return new StoreException(Reason.NOT_WRITABLE, context + ": " + m, e);
    }
}
