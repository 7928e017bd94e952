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

    private final DSLContext dsl;

    public ValuesPending(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Notes a change in the caller's transaction, e.g. "batch 12" or "catalogue PLL". */
    public void note(String what) {
        dsl.insertInto(VALUES_PENDING).set(VALUES_PENDING.WHAT, what)
                .set(VALUES_PENDING.NOTED_AT, OffsetDateTime.now(ZoneOffset.UTC)).execute();
    }

    /** The pending changes' ids, oldest first. */
    public List<Long> ids() {
        return dsl.select(VALUES_PENDING.ID).from(VALUES_PENDING).orderBy(VALUES_PENDING.ID).fetch(VALUES_PENDING.ID);
    }

    /** The pending changes' ids for one kind of change ("batch 12"). */
    public List<Long> ids(String what) {
        return dsl.select(VALUES_PENDING.ID).from(VALUES_PENDING).where(VALUES_PENDING.WHAT.eq(what))
                .fetch(VALUES_PENDING.ID);
    }

    /** Forgets changes whose values a recompute has stored. */
    public void settle(Collection<Long> ids) {
        if (!ids.isEmpty()) {
            dsl.deleteFrom(VALUES_PENDING).where(VALUES_PENDING.ID.in(ids)).execute();
        }
    }
}
