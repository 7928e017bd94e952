package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.IMPORT_BATCH;
import static no.framdrift.store.jooq.Tables.INDICATOR;
import static no.framdrift.store.jooq.Tables.REGISTRY_VALUE;
import static no.framdrift.store.jooq.Tables.SURVEY_CELL;
import static no.framdrift.store.jooq.Tables.UNIT_LIST_ENTRY;
import static no.framdrift.store.jooq.Tables.WORKSPACE_SETTING;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * Checks that what a batch stored is still all there (issue 18). A batch's checksum is its row count
 * and sums per table (survey cells: rows, Σ respondents, Σ answers; registry values: rows, Σ numerator,
 * Σ denominator; unit list entries: rows, Σ population, units using the service), recorded in the
 * import's own transaction (V007) and compared on open with one grouped aggregate per table. It
 * catches a batch that came back partly stored and changed counts or numbers; a changed letter in a
 * name is not caught (that would need reading every row).
 * <p>
 * The same class keeps the fingerprint of the data the stored values were computed from, so values
 * left stale by an interrupted recompute are noticed and recomputed on open.
 */
public final class BatchIntegrity {

    static final String VALUES_FROM = "values.computed_from";

    private final DSLContext dsl;

    public BatchIntegrity(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A batch whose stored rows no longer match what its import recorded. */
    public record Damaged(long batchId, String fileName, long expectedRows, long foundRows, String expected, String found) {

        /** "Parti 11 (fil.csv) er skadet: 18 432 av 18 510 rader finnes". */
        public String describe() {
            return "Parti " + batchId + " (" + fileName + ") er skadet: " + (expectedRows == foundRows
                    ? "tallene stemmer ikke med det som ble importert"
                    : foundRows + " av " + expectedRows + " rader finnes");
        }
    }

    /** Records the batch's row count and checksum (call in the import's transaction, after storing). */
    public void record(long batchId) {
        Sums s = sums(IMPORT_BATCH.ID.eq(batchId)).getOrDefault(batchId, new Sums());
        dsl.update(IMPORT_BATCH).set(IMPORT_BATCH.STORED_ROWS, s.rows()).set(IMPORT_BATCH.CHECKSUM, s.text())
                .where(IMPORT_BATCH.ID.eq(batchId)).execute();
    }

    /** Every batch whose recorded checksum differs from what is stored now (fast: one aggregate per table). */
    public List<Damaged> verify() {
        Map<Long, Sums> now = sums(DSL.noCondition());
        List<Damaged> out = new ArrayList<>();
        for (Record r : dsl.select(IMPORT_BATCH.ID, IMPORT_BATCH.FILE_NAME, IMPORT_BATCH.STORED_ROWS, IMPORT_BATCH.CHECKSUM)
                .from(IMPORT_BATCH).where(IMPORT_BATCH.CHECKSUM.isNotNull()).orderBy(IMPORT_BATCH.ID).fetch()) {
            long id = r.get(IMPORT_BATCH.ID);
            Sums found = now.getOrDefault(id, new Sums());
            String expected = r.get(IMPORT_BATCH.CHECKSUM);
            if (!Sums.same(expected, found.text())) {
                out.add(new Damaged(id, r.get(IMPORT_BATCH.FILE_NAME), r.get(IMPORT_BATCH.STORED_ROWS), found.rows(), expected,
                        found.text()));
            }
        }
        return out;
    }

    /**
     * A fingerprint of everything the computed values depend on: the batches (count, ids) and the
     * catalogue (indicators and their last change).
     */
    public String dataFingerprint() {
        Record b = dsl.select(DSL.count(), DSL.coalesce(DSL.sum(IMPORT_BATCH.ID), DSL.inline(java.math.BigDecimal.ZERO)),
                DSL.max(IMPORT_BATCH.ID)).from(IMPORT_BATCH).fetchOne();
        Record c = dsl.select(DSL.count(), DSL.max(INDICATOR.UPDATED_AT)).from(INDICATOR).fetchOne();
        return "batches " + b.get(0) + "/" + b.get(1) + "/" + b.get(2) + "; indicators " + c.get(0) + "/" + c.get(1);
    }

    /** The fingerprint the stored values were computed from, if recorded. */
    public Optional<String> valuesComputedFrom() {
        return dsl.select(WORKSPACE_SETTING.SETTING_VALUE).from(WORKSPACE_SETTING)
                .where(WORKSPACE_SETTING.SETTING_KEY.eq(VALUES_FROM)).fetchOptional(WORKSPACE_SETTING.SETTING_VALUE);
    }

    /** Records the fingerprint the values now stored were computed from (in the recompute's transaction). */
    public void setValuesComputedFrom(String fingerprint) {
        int n = dsl.update(WORKSPACE_SETTING).set(WORKSPACE_SETTING.SETTING_VALUE, fingerprint)
                .where(WORKSPACE_SETTING.SETTING_KEY.eq(VALUES_FROM)).execute();
        if (n == 0) {
            dsl.insertInto(WORKSPACE_SETTING).set(WORKSPACE_SETTING.SETTING_KEY, VALUES_FROM)
                    .set(WORKSPACE_SETTING.SETTING_VALUE, fingerprint).execute();
        }
    }

    // ---------------------------------------------------------------- sums

    private static final class Sums {
        long surveyRows;
        long respondents;
        long answers;
        long registryRows;
        double numerator;
        double denominator;
        long unitRows;
        double population;
        long uses;

        long rows() {
            return surveyRows + registryRows + unitRows;
        }

        String text() {
            return String.format(Locale.ROOT, "s %d %d %d; r %d %s %s; u %d %s %d", surveyRows, respondents, answers,
                    registryRows, Double.toString(numerator), Double.toString(denominator), unitRows,
                    Double.toString(population), uses);
        }

        /** Equal texts, the sums of doubles within a few units in the last place (summing order). */
        static boolean same(String a, String b) {
            if (a.equals(b)) {
                return true;
            }
            String[] x = a.split("[ ;]+");
            String[] y = b.split("[ ;]+");
            if (x.length != y.length) {
                return false;
            }
            for (int i = 0; i < x.length; i++) {
                if (x[i].equals(y[i])) {
                    continue;
                }
                try {
                    double p = Double.parseDouble(x[i]);
                    double q = Double.parseDouble(y[i]);
                    if (!x[i].contains(".") || Math.abs(p - q) > 1e-12 * Math.max(1, Math.abs(p))) {
                        return false;
                    }
                } catch (NumberFormatException e) {
                    return false;
                }
            }
            return true;
        }
    }

    private Map<Long, Sums> sums(org.jooq.Condition batch) {
        Map<Long, Sums> out = new HashMap<>();
        org.jooq.Condition s = batch == DSL.noCondition() ? DSL.noCondition()
                : SURVEY_CELL.BATCH_ID.in(DSL.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(batch));
        for (Record r : dsl.select(SURVEY_CELL.BATCH_ID, DSL.count(), DSL.sum(SURVEY_CELL.TOTAL_RESPONDENTS),
                DSL.sum(SurveyCellRepository.answersOfRow())).from(SURVEY_CELL).where(s).groupBy(SURVEY_CELL.BATCH_ID).fetch()) {
            Sums x = out.computeIfAbsent(r.get(0, Long.class), k -> new Sums());
            x.surveyRows = r.get(1, Long.class);
            x.respondents = r.get(2, Long.class);
            x.answers = r.get(3, Long.class);
        }
        org.jooq.Condition rv = batch == DSL.noCondition() ? DSL.noCondition()
                : REGISTRY_VALUE.BATCH_ID.in(DSL.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(batch));
        for (Record r : dsl.select(REGISTRY_VALUE.BATCH_ID, DSL.count(), DSL.sum(REGISTRY_VALUE.NUMERATOR),
                DSL.sum(REGISTRY_VALUE.DENOMINATOR)).from(REGISTRY_VALUE).where(rv).groupBy(REGISTRY_VALUE.BATCH_ID).fetch()) {
            Sums x = out.computeIfAbsent(r.get(0, Long.class), k -> new Sums());
            x.registryRows = r.get(1, Long.class);
            x.numerator = r.get(2) == null ? 0 : r.get(2, Double.class);
            x.denominator = r.get(3) == null ? 0 : r.get(3, Double.class);
        }
        org.jooq.Condition u = batch == DSL.noCondition() ? DSL.noCondition()
                : UNIT_LIST_ENTRY.BATCH_ID.in(DSL.select(IMPORT_BATCH.ID).from(IMPORT_BATCH).where(batch));
        for (Record r : dsl.select(UNIT_LIST_ENTRY.BATCH_ID, DSL.count(), DSL.sum(UNIT_LIST_ENTRY.POPULATION),
                DSL.count().filterWhere(UNIT_LIST_ENTRY.USES.isTrue())).from(UNIT_LIST_ENTRY).where(u)
                .groupBy(UNIT_LIST_ENTRY.BATCH_ID).fetch()) {
            Sums x = out.computeIfAbsent(r.get(0, Long.class), k -> new Sums());
            x.unitRows = r.get(1, Long.class);
            x.population = r.get(2) == null ? 0 : r.get(2, Double.class);
            x.uses = r.get(3, Long.class);
        }
        return out;
    }
}
