package no.framdrift.cli;

/** A problem the user can fix (bad argument, unknown code); printed as one line, no stack trace. */
public final class UserError extends RuntimeException {

    private final int exitCode;

    public UserError(String message, int exitCode) {
        super(message);
        this.exitCode = exitCode;
    }

    public int exitCode() {
        return exitCode;
    }
}
