package no.framdrift.store;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.framdrift.store.jooq.DefaultSchema;
import org.jooq.DSLContext;
import org.jooq.ForeignKey;
import org.jooq.Identity;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.Table;
import org.jooq.TableRecord;
import org.jooq.impl.DSL;

/**
 * Copies a whole workspace (every table of the schema: catalogue, history, batches with their
 * cells, computed values, assessments, profiles …) into an empty one, e.g. a local H2 folder into
 * a team database on PostgreSQL, in one transaction on the target: all of it lands or none.
 * Row ids are kept (provenance refers to batch numbers), and the target's id sequences continue
 * after the highest copied id.
 */
public final class WorkspaceCopy {

    /** Rows per JDBC batch. */
    private static final int CHUNK = 500;

    /** The row count of one table on both sides. */
    public record TableCount(String table, int source, int target) {
        public boolean equal() {
            return source == target;
        }
    }

    private WorkspaceCopy() {
    }

    /** Every table of the workspace, each after the tables it refers to. */
    static List<Table<?>> tablesInOrder() {
        List<Table<?>> all = new ArrayList<>(DefaultSchema.DEFAULT_SCHEMA.getTables());
        all.removeIf(t -> t.getName().equalsIgnoreCase("flyway_schema_history"));
        Set<Table<?>> done = new LinkedHashSet<>();
        while (done.size() < all.size()) {
            boolean progressed = false;
            for (Table<?> t : all) {
                if (done.contains(t)) {
                    continue;
                }
                boolean ready = true;
                for (ForeignKey<?, ?> fk : t.getReferences()) {
                    Table<?> parent = fk.getKey().getTable();
                    if (!parent.equals(t) && !done.contains(parent)) {
                        ready = false;
                    }
                }
                if (ready) {
                    done.add(t);
                    progressed = true;
                }
            }
            if (!progressed) {
                throw new IllegalStateException("Tables refer to each other in a cycle");
            }
        }
        return new ArrayList<>(done);
    }

    /** Row counts of every table. */
    public static Map<String, Integer> counts(DSLContext dsl) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Table<?> t : tablesInOrder()) {
            counts.put(t.getName().toLowerCase(java.util.Locale.ROOT), dsl.fetchCount(t));
        }
        return counts;
    }

    /**
     * Copies everything from {@code source} into {@code target}, which must hold no rows at all.
     *
     * @return the row counts of each table on both sides, read after the copy committed
     * @throws StoreException when the target is not empty (nothing is written then)
     */
    public static List<TableCount> copy(DSLContext source, DSLContext target) {
        Map<String, Integer> before = counts(target);
        List<String> notEmpty = before.entrySet().stream().filter(e -> e.getValue() > 0).map(Map.Entry::getKey).toList();
        if (!notEmpty.isEmpty()) {
            throw new StoreException(StoreException.Reason.FAILED, "Målet er ikke et tomt arbeidsområde (har rader i "
                    + String.join(", ", notEmpty) + "). Kopier bare til en ny, tom database.");
        }
        target.transaction(cfg -> {
            DSLContext tx = cfg.dsl();
            for (Table<?> t : tablesInOrder()) {
                copyTable(source, tx, t);
            }
            for (Table<?> t : tablesInOrder()) {
                continueIdentity(tx, t);
            }
        });
        Map<String, Integer> from = counts(source);
        Map<String, Integer> to = counts(target);
        List<TableCount> result = new ArrayList<>();
        from.forEach((table, n) -> result.add(new TableCount(table, n, to.getOrDefault(table, -1))));
        return result;
    }

    private static <R extends Record> void copyTable(DSLContext source, DSLContext target, Table<R> table) {
        try (var cursor = source.selectFrom(table).fetchLazy()) {
            while (cursor.hasNext()) {
                Result<R> chunk = cursor.fetchNext(CHUNK);
                List<TableRecord<?>> rows = new ArrayList<>(chunk.size());
                for (R r : chunk) {
                    TableRecord<?> copy = (TableRecord<?>) target.newRecord(table);
                    copy.from(r);
                    copy.changed(true);
                    rows.add(copy);
                }
                target.batchInsert(rows).execute();
            }
        }
    }

    /** After explicit ids were inserted, the next generated id must follow the highest one. */
    private static void continueIdentity(DSLContext target, Table<?> table) {
        Identity<?, ?> identity = table.getIdentity();
        if (identity == null || target.dialect().family() != org.jooq.SQLDialect.POSTGRES) {
            if (identity != null) {
                Object max = target.select(DSL.max(identity.getField())).from(table).fetchOne(0);
                if (max != null) {
                    target.execute("ALTER TABLE " + table.getName() + " ALTER COLUMN " + identity.getField().getName()
                            + " RESTART WITH " + (((Number) max).longValue() + 1));
                }
            }
            return;
        }
        String t = table.getName().toLowerCase(java.util.Locale.ROOT);
        String c = identity.getField().getName().toLowerCase(java.util.Locale.ROOT);
        target.fetch("SELECT pg_catalog.setval(pg_catalog.pg_get_serial_sequence(?, ?), GREATEST(COALESCE((SELECT MAX("
                + c + ") FROM " + t + "), 0), 1), (SELECT COUNT(*) > 0 FROM " + t + "))", t, c);
    }
}
