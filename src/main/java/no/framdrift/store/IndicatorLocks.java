package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.INDICATOR;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;

/**
 * Serialises the writers of one indicator's data in the database, not in the app: an import's
 * overlap check and its insert, and a recompute's delete and insert, each run under a lock per
 * indicator held until the caller's transaction ends. Two imports at once for the same indicator
 * therefore run one after the other, and the second sees the first's cells. Locks are taken in
 * code order so two writers never wait for each other in a circle.
 */
public final class IndicatorLocks {

    /** First key of PostgreSQL's two-key advisory locks: Framdrift's locks apart from other apps'. */
    static final int NAMESPACE = 0x46524d44; // "FRMD"

    private IndicatorLocks() {
    }

    /** Waits until no other transaction writes these indicators' data, then holds them until commit. */
    public static void lock(DSLContext dsl, Collection<String> indicatorCodes) {
        List<String> codes = List.copyOf(new TreeSet<>(indicatorCodes));
        if (codes.isEmpty()) {
            return;
        }
        if (dsl.dialect().family() != SQLDialect.POSTGRES) {
            // H2: the indicators' rows, locked for update (a steward's save of the same indicator waits too)
            dsl.select(INDICATOR.CODE).from(INDICATOR).where(INDICATOR.CODE.in(codes)).orderBy(INDICATOR.CODE)
                    .forUpdate().fetch();
            return;
        }
        // advisory locks need no privilege on the indicator table (an analyst may not update it)
        for (String code : codes) {
            dsl.fetch("SELECT pg_catalog.pg_advisory_xact_lock(?, pg_catalog.hashtext(?))", NAMESPACE, code);
        }
    }
}
