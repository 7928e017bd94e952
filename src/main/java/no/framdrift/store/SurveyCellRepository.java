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
     * Stores the cells under the batch (the cells' own batch id is ignored), packed (V011,
     * {@link PackedCells}): per indicator, question and year, the background cells in text order with
     * their answers side by side, a few rows of about {@link PackedCells#ROW_BYTES} each. A
     * million-respondent survey is ~500 rows and ~10 MB instead of ~77,000 rows and 71 MB.
     */
    public void insertAll(long batchId, List<SurveyCell> cells) {
        // the reducer shares one background map between a cell's answers and questions: its text
        // once, and the texts sorted once (a rank each) rather than in every question and year
        Map<Map<String, String>, Integer> seen = new IdentityHashMap<>();
        List<String> texts = new ArrayList<>();
        for (SurveyCell c : cells) {
            seen.computeIfAbsent(c.background(), m -> {
                texts.add(SurveyCell.backgroundKey(m));
                return texts.size() - 1;
            });
        }
        Integer[] byText = new Integer[texts.size()];
        for (int i = 0; i < byText.length; i++) {
            byText[i] = i;
        }
        Arrays.sort(byText, Comparator.comparing(texts::get));
        int[] rank = new int[byText.length];
        for (int r = 0; r < byText.length; r++) {
            // maps with the same text (not shared) are one background cell: one rank
            rank[byText[r]] = r > 0 && texts.get(byText[r]).equals(texts.get(byText[r - 1])) ? rank[byText[r - 1]] : r;
        }
        Map<Key, Map<Integer, PackedCells.Group>> blocks = new LinkedHashMap<>();
        Map<Integer, PackedCells.Group> block = null;
        PackedCells.Group group = null;
        SurveyCell previous = null;
        for (SurveyCell c : cells) {
            // a background cell's answers come one after another (the reducer's order): looked up once
            boolean sameBlock = previous != null && previous.year() == c.year() && previous.question().equals(c.question())
                    && previous.indicatorCode().equals(c.indicatorCode());
            if (!sameBlock) {
                block = blocks.computeIfAbsent(new Key(c.indicatorCode(), c.question(), c.year()), k -> new java.util.HashMap<>());
            }
            if (!sameBlock || previous.background() != c.background()) {
                int i = seen.get(c.background());
                group = block.computeIfAbsent(rank[i], r -> new PackedCells.Group(texts.get(i), c.background(), new ArrayList<>(8)));
            }
            group.answers().add(c);
            previous = c;
        }
        List<Object[]> rows = new ArrayList<>();
        for (Map.Entry<Key, Map<Integer, PackedCells.Group>> b : blocks.entrySet()) {
            Key k = b.getKey();
            Map<Integer, PackedCells.Group> byRank = b.getValue();
            List<Integer> ranks = new ArrayList<>(byRank.keySet());
            ranks.sort(null);
            List<PackedCells.Group> groups = new ArrayList<>(ranks.size());
            ranks.forEach(r -> groups.add(byRank.get(r)));
            for (PackedCells.Packed p : PackedCells.pack(groups)) {
                rows.add(new Object[] {batchId, k.indicatorCode(), k.question(), k.year(), p.firstBackground(), NO_TEXT,
                        NO_FLAGS, NO_FLAGS, NO_LONGS, NO_DOUBLES, NO_DOUBLES, p.respondents(), p.bytes(), p.cellCount()});
            }
        }
        // a few large rows: fewer per statement than BulkInsert's default
        BulkInsert.insert(dsl, SURVEY_CELL, List.of(SURVEY_CELL.BATCH_ID, SURVEY_CELL.INDICATOR_CODE, SURVEY_CELL.QUESTION,
                SURVEY_CELL.SURVEY_YEAR, SURVEY_CELL.BACKGROUND, SURVEY_CELL.ANSWERS, SURVEY_CELL.POSITIVE, SURVEY_CELL.VALID,
                SURVEY_CELL.RESPONDENTS, SURVEY_CELL.SUM_W, SURVEY_CELL.SUM_W2, SURVEY_CELL.TOTAL_RESPONDENTS,
                SURVEY_CELL.CELLS, SURVEY_CELL.CELL_COUNT), rows, r -> r, 16);
    }

    private static final String[] NO_TEXT = {};
    private static final Boolean[] NO_FLAGS = {};
    private static final Long[] NO_LONGS = {};
    private static final Double[] NO_DOUBLES = {};

    private record Key(String indicatorCode, String question, int year) { }

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

    /**
     * One stored row, turned into its cells, with what {@link #IN_ONE_ORDER} sorts by: a row written
     * before V011 holds one background cell (its text); a packed row a run of them in text order
     * (the first one's text), so the two sort alike.
     */
    private record Row(int year, long batch, String question, String background, SurveyCell[] cells) {
    }

    /**
     * One order of the rows on every engine: sums of weights are floating point, and adding the same
     * cells in another order changes the last digits, so H2 and PostgreSQL would print different
     * shares. Year, batch, question and background text (compared as H2 compares text; rows are
     * unique per batch, question, year and background, and a batch's rows are all packed or none). Sorted here, after each row became its
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
        var n = dsl.select(org.jooq.impl.DSL.sum(answersOfRow())).from(SURVEY_CELL)
                .where(where).fetchOne(0, Long.class);
        return n == null ? 0 : Math.toIntExact(n);
    }

    /** The answers (cells) a row holds, packed or not: what {@link BatchIntegrity} sums per batch. */
    static org.jooq.Field<Integer> answersOfRow() {
        return org.jooq.impl.DSL.cardinality(SURVEY_CELL.ANSWERS).plus(org.jooq.impl.DSL.coalesce(SURVEY_CELL.CELL_COUNT, 0));
    }

    /**
     * Turns stored rows into cells. The driver hands out a new string for every array element, so
     * a million-respondent survey read back held ~950,000 copies of a handful of answer labels,
     * questions and codes; one reader keeps one copy of each (and one background map per row).
     */
    private static final class Reader {
        private final PackedCells.Strings strings = new PackedCells.Strings();

        private Map<String, String> background(String key) {
            Map<String, String> parsed = SurveyCell.parseBackground(key);
            List<String> pairs = new ArrayList<>(parsed.size() * 2);
            parsed.forEach((k, v) -> {
                pairs.add(strings.one(k));
                pairs.add(strings.one(v));
            });
            return strings.background(pairs);
        }

        /** One stored row's answers as cells, in the stored order; a background map is shared by its cells. */
        Row row(Record r) {
            long batch = r.get(SURVEY_CELL.BATCH_ID);
            String indicator = strings.one(r.get(SURVEY_CELL.INDICATOR_CODE));
            String question = strings.one(r.get(SURVEY_CELL.QUESTION));
            int year = r.get(SURVEY_CELL.SURVEY_YEAR);
            String backgroundText = r.get(SURVEY_CELL.BACKGROUND);
            byte[] packed = r.get(SURVEY_CELL.CELLS);
            if (packed != null) {
                Integer count = r.get(SURVEY_CELL.CELL_COUNT);
                return new Row(year, batch, question, backgroundText, PackedCells.unpack(packed, batch, indicator, question,
                        year, count == null ? -1 : count, r.get(SURVEY_CELL.TOTAL_RESPONDENTS), strings));
            }
            Map<String, String> background = background(backgroundText);
            String[] answers = r.get(SURVEY_CELL.ANSWERS);
            Boolean[] positive = r.get(SURVEY_CELL.POSITIVE);
            Boolean[] valid = r.get(SURVEY_CELL.VALID);
            Long[] respondents = r.get(SURVEY_CELL.RESPONDENTS);
            Double[] sumW = r.get(SURVEY_CELL.SUM_W);
            Double[] sumW2 = r.get(SURVEY_CELL.SUM_W2);
            SurveyCell[] cells = new SurveyCell[answers.length];
            for (int i = 0; i < answers.length; i++) {
                cells[i] = new SurveyCell(batch, indicator, question, year, strings.one(answers[i]), positive[i], valid[i],
                        background, respondents[i], sumW[i], sumW2[i]);
            }
            return new Row(year, batch, question, backgroundText, cells);
        }
    }
}
