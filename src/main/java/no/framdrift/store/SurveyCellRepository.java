package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.SURVEY_CELL;

import java.util.List;
import no.framdrift.domain.SurveyCell;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Sufficient statistics of survey answers (never respondent rows). */
public final class SurveyCellRepository {

    private final DSLContext dsl;

    public SurveyCellRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores the cells under the batch (the cells' own batch id is ignored), 256 rows per INSERT. */
    public void insertAll(long batchId, List<SurveyCell> cells) {
        BulkInsert.insert(dsl, SURVEY_CELL, List.of(SURVEY_CELL.BATCH_ID, SURVEY_CELL.INDICATOR_CODE, SURVEY_CELL.QUESTION,
                SURVEY_CELL.SURVEY_YEAR, SURVEY_CELL.ANSWER, SURVEY_CELL.POSITIVE, SURVEY_CELL.VALID, SURVEY_CELL.BACKGROUND,
                SURVEY_CELL.RESPONDENTS, SURVEY_CELL.SUM_W, SURVEY_CELL.SUM_W2), cells, c -> new Object[] {batchId,
                c.indicatorCode(), c.question(), c.year(), c.answer(), c.positive(), c.valid(),
                SurveyCell.backgroundKey(c.background()), c.respondents(), c.sumW(), c.sumW2()});
    }

    /** Every cell of one indicator and survey year, over all batches. */
    public List<SurveyCell> cells(String indicatorCode, int year) {
        return dsl.selectFrom(SURVEY_CELL)
                .where(SURVEY_CELL.INDICATOR_CODE.eq(indicatorCode).and(SURVEY_CELL.SURVEY_YEAR.eq(year)))
                .fetch(SurveyCellRepository::toCell);
    }

    /** Every cell of one indicator, all years. */
    public List<SurveyCell> cells(String indicatorCode) {
        return dsl.selectFrom(SURVEY_CELL).where(SURVEY_CELL.INDICATOR_CODE.eq(indicatorCode))
                .orderBy(SURVEY_CELL.SURVEY_YEAR).fetch(SurveyCellRepository::toCell);
    }

    /**
     * A fingerprint of an indicator's stored cells (count, highest batch, Σ respondents) that
     * changes with every import, replacement or removal, so readers can cache the cells safely.
     */
    public String version(String indicatorCode) {
        var r = dsl.select(org.jooq.impl.DSL.count(), org.jooq.impl.DSL.max(SURVEY_CELL.BATCH_ID),
                        org.jooq.impl.DSL.sum(SURVEY_CELL.RESPONDENTS))
                .from(SURVEY_CELL).where(SURVEY_CELL.INDICATOR_CODE.eq(indicatorCode)).fetchOne();
        return r == null ? "0" : r.value1() + ":" + r.value2() + ":" + r.value3();
    }

    /** The survey years imported for an indicator, ascending. */
    public List<Integer> years(String indicatorCode) {
        return dsl.selectDistinct(SURVEY_CELL.SURVEY_YEAR).from(SURVEY_CELL)
                .where(SURVEY_CELL.INDICATOR_CODE.eq(indicatorCode)).orderBy(SURVEY_CELL.SURVEY_YEAR).fetch(SURVEY_CELL.SURVEY_YEAR);
    }

    public int count() {
        return dsl.fetchCount(SURVEY_CELL);
    }

    public int countForBatch(long batchId) {
        return dsl.fetchCount(SURVEY_CELL, SURVEY_CELL.BATCH_ID.eq(batchId));
    }

    private static SurveyCell toCell(Record r) {
        return new SurveyCell(r.get(SURVEY_CELL.BATCH_ID), r.get(SURVEY_CELL.INDICATOR_CODE), r.get(SURVEY_CELL.QUESTION),
                r.get(SURVEY_CELL.SURVEY_YEAR), r.get(SURVEY_CELL.ANSWER), r.get(SURVEY_CELL.POSITIVE), r.get(SURVEY_CELL.VALID),
                SurveyCell.parseBackground(r.get(SURVEY_CELL.BACKGROUND)), r.get(SURVEY_CELL.RESPONDENTS),
                r.get(SURVEY_CELL.SUM_W), r.get(SURVEY_CELL.SUM_W2));
    }
}
