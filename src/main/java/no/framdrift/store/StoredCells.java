package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.IMPORT_BATCH;
import static no.framdrift.store.jooq.Tables.REGISTRY_VALUE;
import static no.framdrift.store.jooq.Tables.SURVEY_CELL;
import static no.framdrift.store.jooq.Tables.UNIT_LIST_ENTRY;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import no.framdrift.domain.Period;
import org.jooq.DSLContext;
import org.jooq.Query;
import org.jooq.impl.DSL;

/**
 * The cells the stored batches cover, as keys without their numbers, and removing single cells of
 * a batch: what an import checks for overlap before anything is written, and what replacing an
 * overlap removes, in the caller's transaction.
 */
public final class StoredCells {

    /** A survey batch's answers to one question of an indicator in one survey year. */
    public record SurveyKey(long batchId, String indicatorCode, String question, int year) {
    }

    /** A registry batch's figure for one indicator, period and area, and which of the two numbers it has. */
    public record RegistryKey(long batchId, String indicatorCode, Period period, String areaCode,
                              boolean hasNumerator, boolean hasDenominator) {
    }

    /** A unit list batch's entry for one unit of an indicator in one period. */
    public record UnitKey(long batchId, String indicatorCode, Period period, String unitId) {
    }

    private final DSLContext dsl;

    public StoredCells(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<SurveyKey> surveyKeys(Collection<String> indicatorCodes) {
        return dsl.selectDistinct(SURVEY_CELL.BATCH_ID, SURVEY_CELL.INDICATOR_CODE, SURVEY_CELL.QUESTION,
                        SURVEY_CELL.SURVEY_YEAR)
                .from(SURVEY_CELL).where(SURVEY_CELL.INDICATOR_CODE.in(indicatorCodes))
                .fetch(r -> new SurveyKey(r.value1(), r.value2(), r.value3(), r.value4()));
    }

    public List<RegistryKey> registryKeys(Collection<String> indicatorCodes) {
        return dsl.select(REGISTRY_VALUE.BATCH_ID, REGISTRY_VALUE.INDICATOR_CODE, REGISTRY_VALUE.PERIOD_CODE,
                        REGISTRY_VALUE.AREA_CODE, REGISTRY_VALUE.NUMERATOR.isNotNull(), REGISTRY_VALUE.DENOMINATOR.isNotNull())
                .from(REGISTRY_VALUE).where(REGISTRY_VALUE.INDICATOR_CODE.in(indicatorCodes))
                .fetch(r -> new RegistryKey(r.value1(), r.value2(), Period.parseOrThrow(r.value3()), r.value4(),
                        Boolean.TRUE.equals(r.value5()), Boolean.TRUE.equals(r.value6())));
    }

    public List<UnitKey> unitKeys(Collection<String> indicatorCodes) {
        return dsl.selectDistinct(UNIT_LIST_ENTRY.BATCH_ID, UNIT_LIST_ENTRY.INDICATOR_CODE, UNIT_LIST_ENTRY.PERIOD_CODE,
                        UNIT_LIST_ENTRY.UNIT_ID)
                .from(UNIT_LIST_ENTRY).where(UNIT_LIST_ENTRY.INDICATOR_CODE.in(indicatorCodes))
                .fetch(r -> new UnitKey(r.value1(), r.value2(), Period.parseOrThrow(r.value3()), r.value4()));
    }

    /** Removes the survey cells of each key. */
    public void removeSurvey(Collection<SurveyKey> keys) {
        List<Query> q = new ArrayList<>();
        for (SurveyKey k : keys) {
            q.add(dsl.deleteFrom(SURVEY_CELL).where(SURVEY_CELL.BATCH_ID.eq(k.batchId())
                    .and(SURVEY_CELL.INDICATOR_CODE.eq(k.indicatorCode())).and(SURVEY_CELL.QUESTION.eq(k.question()))
                    .and(SURVEY_CELL.SURVEY_YEAR.eq(k.year()))));
        }
        execute(q);
    }

    /**
     * Clears the numbers each key names (its {@code hasNumerator}/{@code hasDenominator} flags say
     * which to clear) and removes the rows left with neither: a population table's denominators
     * stay when only the counts are replaced.
     */
    public void clearRegistry(Collection<RegistryKey> keys) {
        List<Query> q = new ArrayList<>();
        for (RegistryKey k : keys) {
            var where = REGISTRY_VALUE.BATCH_ID.eq(k.batchId()).and(REGISTRY_VALUE.INDICATOR_CODE.eq(k.indicatorCode()))
                    .and(REGISTRY_VALUE.PERIOD_CODE.eq(k.period().code())).and(REGISTRY_VALUE.AREA_CODE.eq(k.areaCode()));
            if (k.hasNumerator()) {
                q.add(dsl.update(REGISTRY_VALUE).set(REGISTRY_VALUE.NUMERATOR, (Double) null).where(where));
            }
            if (k.hasDenominator()) {
                q.add(dsl.update(REGISTRY_VALUE).set(REGISTRY_VALUE.DENOMINATOR, (Double) null).where(where));
            }
            q.add(dsl.deleteFrom(REGISTRY_VALUE).where(where).and(REGISTRY_VALUE.NUMERATOR.isNull())
                    .and(REGISTRY_VALUE.DENOMINATOR.isNull()));
        }
        execute(q);
    }

    /** Removes the unit list entries of each key. */
    public void removeUnits(Collection<UnitKey> keys) {
        List<Query> q = new ArrayList<>();
        for (UnitKey k : keys) {
            q.add(dsl.deleteFrom(UNIT_LIST_ENTRY).where(UNIT_LIST_ENTRY.BATCH_ID.eq(k.batchId())
                    .and(UNIT_LIST_ENTRY.INDICATOR_CODE.eq(k.indicatorCode()))
                    .and(UNIT_LIST_ENTRY.PERIOD_CODE.eq(k.period().code())).and(UNIT_LIST_ENTRY.UNIT_ID.eq(k.unitId()))));
        }
        execute(q);
    }

    /** Removes the given batches that have no cells left; returns those removed. */
    public List<Long> removeEmptyBatches(Collection<Long> batchIds) {
        List<Long> removed = new ArrayList<>();
        for (long id : batchIds) {
            boolean any = dsl.fetchExists(DSL.selectOne().from(SURVEY_CELL).where(SURVEY_CELL.BATCH_ID.eq(id)))
                    || dsl.fetchExists(DSL.selectOne().from(REGISTRY_VALUE).where(REGISTRY_VALUE.BATCH_ID.eq(id)))
                    || dsl.fetchExists(DSL.selectOne().from(UNIT_LIST_ENTRY).where(UNIT_LIST_ENTRY.BATCH_ID.eq(id)));
            if (!any && dsl.deleteFrom(IMPORT_BATCH).where(IMPORT_BATCH.ID.eq(id)).execute() > 0) {
                removed.add(id);
            }
        }
        return removed;
    }

    private void execute(List<Query> queries) {
        if (!queries.isEmpty()) {
            dsl.batch(queries).execute();
        }
    }
}
