package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.VALUES_PENDING;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import org.jooq.DSLContext;

/**
 * Changes whose computed values are not stored yet: noted in the transaction of the change (an
 * import, a removal, a saved definition), deleted by the recompute that covered them. What is
 * left after a client died between the two is recomputed by the next client that may write values
 * (a team database has no folder lock and no recovery on open; see {@code Workspace}).
 */
public final class ValuesPending {

    /** This process's sessions on a team database are named so (pg_stat_activity.application_name). */
    static final String APPLICATION_NAME = "Framdrift " + ChangeListener.SELF;
    private static final String BY = " @" + ChangeListener.SELF;

    private final DSLContext dsl;

    public ValuesPending(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Notes a change in the caller's transaction, e.g. "batch 12" or "catalogue PLL". */
    public void note(String what) {
        dsl.insertInto(VALUES_PENDING).set(VALUES_PENDING.WHAT, what + BY)
                .set(VALUES_PENDING.NOTED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }

    /** The pending changes' ids, oldest first. */
    public List<Long> ids() {
        return dsl.select(VALUES_PENDING.ID).from(VALUES_PENDING).orderBy(VALUES_PENDING.ID).fetch(VALUES_PENDING.ID);
    }

    /** The ids of this process's notes of one change ("batch 12"). */
    public List<Long> ids(String what) {
        return dsl.select(VALUES_PENDING.ID).from(VALUES_PENDING).where(VALUES_PENDING.WHAT.eq(what + BY))
                .fetch(VALUES_PENDING.ID);
    }

    /**
     * Whether a change is pending whose client is gone: on PostgreSQL no session is named after the
     * process that noted it (a live client recomputes it itself, and one recompute too many for
     * each client would slow every connection); on H2 any note (one process at a time).
     */
    public boolean orphaned() {
        List<String> notes = dsl.select(VALUES_PENDING.WHAT).from(VALUES_PENDING).fetch(VALUES_PENDING.WHAT);
        if (notes.isEmpty() || dsl.dialect().family() != org.jooq.SQLDialect.POSTGRES) {
            return !notes.isEmpty();
        }
        java.util.Set<String> live = new java.util.HashSet<>(dsl.fetch("SELECT application_name FROM pg_catalog.pg_stat_activity"
                + " WHERE datname = current_database()").getValues(0, String.class));
        for (String n : notes) {
            int at = n.lastIndexOf(" @");
            if (at < 0 || !live.contains("Framdrift " + n.substring(at + 2))) {
                return true;
            }
        }
        return false;
    }

    /** Forgets changes whose values a recompute has stored. */
    public void settle(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            dsl.deleteFrom(VALUES_PENDING).where(VALUES_PENDING.ID.in(ids)).execute();
        }
    }
}
