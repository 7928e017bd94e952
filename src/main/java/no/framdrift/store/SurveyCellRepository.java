package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.SURVEY_CELL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import no.framdrift.domain.SurveyCell;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Sufficient statistics of survey answers (never respondent rows). */
public final class SurveyCellRepository {

    private final DSLContext dsl;

    public SurveyCellRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * Stores the cells under the batch (the cells' own batch id is ignored): one row per indicator,
     * question, year and background cell, its answers side by side (V005), 256 rows per INSERT.
     */
    public void insertAll(long batchId, List<SurveyCell> cells) {
        Map<Key, List<SurveyCell>> rows = new LinkedHashMap<>();
        // the reducer shares one background map between a cell's answers and questions: its key once
        Map<Map<String, String>, String> keys = new IdentityHashMap<>();
        for (SurveyCell c : cells) {
            String background = keys.computeIfAbsent(c.background(), SurveyCell::backgroundKey);
            rows.computeIfAbsent(new Key(c.indicatorCode(), c.question(), c.year(), background),
                    k -> new ArrayList<>(8)).add(c);
        }
        BulkInsert.insert(dsl, SURVEY_CELL, List.of(SURVEY_CELL.BATCH_ID, SURVEY_CELL.INDICATOR_CODE, SURVEY_CELL.QUESTION,
                SURVEY_CELL.SURVEY_YEAR, SURVEY_CELL.BACKGROUND, SURVEY_CELL.ANSWERS, SURVEY_CELL.POSITIVE, SURVEY_CELL.VALID,
                SURVEY_CELL.RESPONDENTS, SURVEY_CELL.SUM_W, SURVEY_CELL.SUM_W2, SURVEY_CELL.TOTAL_RESPONDENTS),
                new ArrayList<>(rows.entrySet()), e -> row(batchId, e.getKey(), e.getValue()));
    }

    private record Key(String indicatorCode, String question, int year, String background) { }

    private static Object[] row(long batchId, Key k, List<SurveyCell> answers) {
        int n = answers.size();
        String[] answer = new String[n];
        Boolean[] positive = new Boolean[n];
        Boolean[] valid = new Boolean[n];
        Long[] respondents = new Long[n];
        Double[] sumW = new Double[n];
        Double[] sumW2 = new Double[n];
        long total = 0;
        for (int i = 0; i < n; i++) {
            SurveyCell c = answers.get(i);
            answer[i] = c.answer();
            positive[i] = c.positive();
            valid[i] = c.valid();
            respondents[i] = c.respondents();
            sumW[i] = c.sumW();
            sumW2[i] = c.sumW2();
            total += c.respondents();
        }
        return new Object[] {batchId, k.indicatorCode(), k.question(), k.year(), k.background(), answer, positive, valid,
                respondents, sumW, sumW2, total};
    }

    /** Every cell of one indicator and survey year, over all batches. */
    public List<SurveyCell> cells(String indicatorCode, int year) {
        return dsl.selectFrom(SURVEY_CELL)
                .where(SURVEY_CELL.INDICATOR_CODE.eq(indicatorCode).and(SURVEY_CELL.SURVEY_YEAR.eq(year)))
                .orderBy(inOneOrder()).fetch().stream().flatMap(new Reader()::toCells).toList();
    }

    /** Every cell of one indicator, all years. */
    public List<SurveyCell> cells(String indicatorCode) {
        return dsl.selectFrom(SURVEY_CELL).where(SURVEY_CELL.INDICATOR_CODE.eq(indicatorCode))
                .orderBy(inOneOrder()).fetch().stream().flatMap(new Reader()::toCells).toList();
    }

    /**
     * One order of the rows on every engine: sums of weights are floating point, and adding the same
     * cells in another order changes the last digits, so H2 and PostgreSQL would print different
     * shares. (Rows are unique per batch, question, year and background.)
     */
    private java.util.List<org.jooq.SortField<?>> inOneOrder() {
        return java.util.List.of(SURVEY_CELL.SURVEY_YEAR.asc(), SURVEY_CELL.BATCH_ID.asc(),
                Collation.binary(dsl, SURVEY_CELL.QUESTION).asc(), Collation.binary(dsl, SURVEY_CELL.BACKGROUND).asc());
    }

    /** An indicator's cells (all years) and the {@link #version} they had, read in one pass. */
    public record Versioned(String version, List<SurveyCell> cells) {
    }

    /** {@link #cells(String)} and {@link #version(String)} of the same rows, in one query instead of two. */
    public Versioned cellsWithVersion(String indicatorCode) {
        List<SurveyCell> out = new ArrayList<>();
        long rows = 0;
        Long maxBatch = null;
        long respondents = 0;
        Reader reader = new Reader();
        for (Record r : dsl.selectFrom(SURVEY_CELL).where(SURVEY_CELL.INDICATOR_CODE.eq(indicatorCode))
                .orderBy(inOneOrder()).fetch()) {
            rows++;
            long batch = r.get(SURVEY_CELL.BATCH_ID);
            maxBatch = maxBatch == null ? batch : Math.max(maxBatch, batch);
            respondents += r.get(SURVEY_CELL.TOTAL_RESPONDENTS);
            reader.toCells(r).forEach(out::add);
        }
        return new Versioned(versionText(rows, maxBatch, rows == 0 ? null : respondents), out);
    }

    private static String versionText(Object count, Object maxBatch, Object respondents) {
        return count + ":" + maxBatch + ":" + respondents;
    }

    /**
     * A fingerprint of an indicator's stored cells (count, highest batch, Σ respondents) that
     * changes with every import, replacement or removal, so readers can cache the cells safely.
     */
    public String version(String indicatorCode) {
        var r = dsl.select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.max(SURVEY_CELL.BATCH_ID),
                        org.jooq.impl.DSL.sum(SURVEY_CELL.TOTAL_RESPONDENTS))
                .from(SURVEY_CELL).where(SURVEY_CELL.INDICATOR_CODE.eq(indicatorCode)).fetchOne();
        return r == null ? "0" : versionText(r.value1(), r.value2(), r.value3());
    }

    /** The survey years imported for an indicator, ascending. */
    public List<Integer> years(String indicatorCode) {
        return dsl.selectDistinct(SURVEY_CELL.SURVEY_YEAR).from(SURVEY_CELL)
                .where(SURVEY_CELL.INDICATOR_CODE.eq(indicatorCode)).orderBy(SURVEY_CELL.SURVEY_YEAR).fetch(SURVEY_CELL.SURVEY_YEAR);
    }

    /** How many cells (answers) are stored, over all batches. */
    public int count() {
        return cellCount(org.jooq.impl.DSL.noCondition());
    }

    /** How many cells (answers) a batch stored. */
    public int countForBatch(long batchId) {
        return cellCount(SURVEY_CELL.BATCH_ID.eq(batchId));
    }

    private int cellCount(org.jooq.Condition where) {
        var n = dsl.select(org.jooq.impl.DSL.sum(org.jooq.impl.DSL.cardinality(SURVEY_CELL.ANSWERS))).from(SURVEY_CELL)
                .where(where).fetchOne(0, Long.class);
        return n == null ? 0 : Math.toIntExact(n);
    }

    /**
     * Turns stored rows into cells. The driver hands out a new string for every array element, so
     * a million-respondent survey read back held ~950,000 copies of a handful of answer labels,
     * questions and codes; one reader keeps one copy of each (and one background map per row).
     */
    private static final class Reader {
        private final Map<String, String> strings = new java.util.HashMap<>();

        private String one(String s) {
            return s == null ? null : strings.computeIfAbsent(s, k -> k);
        }

        private Map<String, String> background(String key) {
            Map<String, String> parsed = SurveyCell.parseBackground(key);
            Map<String, String> shared = new java.util.LinkedHashMap<>();
            parsed.forEach((k, v) -> shared.put(one(k), one(v)));
            return SurveyCell.background(shared);
        }

        /** One stored row's answers as cells, in the stored order; the background map is shared by them. */
        Stream<SurveyCell> toCells(Record r) {
            long batch = r.get(SURVEY_CELL.BATCH_ID);
            String indicator = one(r.get(SURVEY_CELL.INDICATOR_CODE));
            String question = one(r.get(SURVEY_CELL.QUESTION));
            int year = r.get(SURVEY_CELL.SURVEY_YEAR);
            Map<String, String> background = background(r.get(SURVEY_CELL.BACKGROUND));
            String[] answers = r.get(SURVEY_CELL.ANSWERS);
            Boolean[] positive = r.get(SURVEY_CELL.POSITIVE);
            Boolean[] valid = r.get(SURVEY_CELL.VALID);
            Long[] respondents = r.get(SURVEY_CELL.RESPONDENTS);
            Double[] sumW = r.get(SURVEY_CELL.SUM_W);
            Double[] sumW2 = r.get(SURVEY_CELL.SUM_W2);
            SurveyCell[] cells = new SurveyCell[answers.length];
            for (int i = 0; i < answers.length; i++) {
                cells[i] = new SurveyCell(batch, indicator, question, year, one(answers[i]), positive[i], valid[i], background,
                        respondents[i], sumW[i], sumW2[i]);
            }
            return Arrays.stream(cells);
        }
    }
}
