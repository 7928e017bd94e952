package no.framdrift.ingest;

import no.framdrift.domain.Message;

/**
 * A file that cannot be used, with the reason as a {@link Message}: {@link #why()} for the window
 * (rendered in its language), the exception's own message in bokmål for the command line and logs.
 */
public abstract class ExplainedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final transient Message why;

    protected ExplainedException(Message why, Throwable cause) {
        super(why.norwegian(), cause);
        this.why = why;
    }

    public Message why() {
        return why;
    }
}
