package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.SURVEY_CELL;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        return read(SURVEY_CELL.INDICATOR_CODE.eq(indicatorCode).and(SURVEY_CELL.SURVEY_YEAR.eq(year))).cells();
    }

    /** Every cell of one indicator, all years. */
    public List<SurveyCell> cells(String indicatorCode) {
        return read(SURVEY_CELL.INDICATOR_CODE.eq(indicatorCode)).cells();
    }

    /** An indicator's cells (all years) and the {@link #version} they had, read in one pass. */
    public record Versioned(String version, List<SurveyCell> cells) {
    }

    /** {@link #cells(String)} and {@link #version(String)} of the same rows, in one query instead of two. */
    public Versioned cellsWithVersion(String indicatorCode) {
        return read(SURVEY_CELL.INDICATOR_CODE.eq(indicatorCode));
    }

    /** One stored row, turned into its cells, with what {@link #IN_ONE_ORDER} sorts by. */
    private record Row(int year, long batch, String question, String background, SurveyCell[] cells) {
    }

    /**
     * One order of the rows on every engine: sums of weights are floating point, and adding the same
     * cells in another order changes the last digits, so H2 and PostgreSQL would print different
     * shares. Year, batch, question and background text (compared as H2 compares text; rows are
     * unique per batch, question, year and background). Sorted here, after each row became its
     * cells, rather than by ORDER BY: the rows stream from a lazy cursor into compact cells instead
     * of first materialising ~77,000 records with six arrays each (a million-respondent survey).
     */
    private static final Comparator<Row> IN_ONE_ORDER = Comparator.comparingInt(Row::year).thenComparingLong(Row::batch)
            .thenComparing(Row::question).thenComparing(Row::background);

    private Versioned read(org.jooq.Condition where) {
        List<Row> rows = new ArrayList<>();
        Long maxBatch = null;
        long respondents = 0;
        Reader reader = new Reader();
        try (org.jooq.Cursor<? extends Record> cursor = dsl.selectFrom(SURVEY_CELL).where(where).fetchLazy()) {
            for (Record r : cursor) {
                Row row = reader.row(r);
                maxBatch = maxBatch == null ? row.batch() : Math.max(maxBatch, row.batch());
                respondents += r.get(SURVEY_CELL.TOTAL_RESPONDENTS);
                rows.add(row);
            }
        }
        rows.sort(IN_ONE_ORDER);
        List<SurveyCell> out = new ArrayList<>();
        for (Row row : rows) {
            out.addAll(Arrays.asList(row.cells()));
        }
        return new Versioned(versionText(rows.size(), maxBatch, rows.isEmpty() ? null : respondents), out);
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
        Row row(Record r) {
            long batch = r.get(SURVEY_CELL.BATCH_ID);
            String indicator = one(r.get(SURVEY_CELL.INDICATOR_CODE));
            String question = one(r.get(SURVEY_CELL.QUESTION));
            int year = r.get(SURVEY_CELL.SURVEY_YEAR);
            String backgroundText = r.get(SURVEY_CELL.BACKGROUND);
            Map<String, String> background = background(backgroundText);
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
            return new Row(year, batch, question, backgroundText, cells);
        }
    }
}
