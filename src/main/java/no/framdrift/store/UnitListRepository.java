package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.UNIT_LIST_ENTRY;

import java.util.List;
import no.framdrift.domain.Period;
import no.framdrift.domain.UnitListEntry;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Unit lists: per indicator and period, which units use the service and whom they serve. */
public final class UnitListRepository {

    private final DSLContext dsl;

    public UnitListRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insertAll(long batchId, List<UnitListEntry> entries) {
        BulkInsert.insert(dsl, UNIT_LIST_ENTRY, List.of(UNIT_LIST_ENTRY.BATCH_ID, UNIT_LIST_ENTRY.INDICATOR_CODE,
                UNIT_LIST_ENTRY.PERIOD_CODE, UNIT_LIST_ENTRY.GRANULARITY, UNIT_LIST_ENTRY.UNIT_ID, UNIT_LIST_ENTRY.UNIT_NAME,
                UNIT_LIST_ENTRY.AREA_CODE, UNIT_LIST_ENTRY.USES, UNIT_LIST_ENTRY.POPULATION), entries, e -> new Object[] {batchId,
                e.indicatorCode(), e.period().code(), e.period().granularity().name(), e.unitId(), e.unitName(), e.areaCode(),
                e.uses(), e.population()});
    }

    /** The unit list of an indicator for one period. */
    public List<UnitListEntry> entries(String indicatorCode, Period period) {
        return dsl.selectFrom(UNIT_LIST_ENTRY)
                .where(UNIT_LIST_ENTRY.INDICATOR_CODE.eq(indicatorCode).and(UNIT_LIST_ENTRY.PERIOD_CODE.eq(period.code())))
                .orderBy(Collation.binary(dsl, UNIT_LIST_ENTRY.UNIT_ID), UNIT_LIST_ENTRY.BATCH_ID).fetch(UnitListRepository::toEntry);
    }

    /** The periods with a unit list for an indicator, ascending. */
    public List<Period> periods(String indicatorCode) {
        return dsl.selectDistinct(UNIT_LIST_ENTRY.PERIOD_CODE).from(UNIT_LIST_ENTRY)
                .where(UNIT_LIST_ENTRY.INDICATOR_CODE.eq(indicatorCode)).fetch(UNIT_LIST_ENTRY.PERIOD_CODE)
                .stream().map(Period::parseOrThrow).sorted().toList();
    }

    public int count() {
        return dsl.fetchCount(UNIT_LIST_ENTRY);
    }

    private static UnitListEntry toEntry(Record r) {
        return new UnitListEntry(r.get(UNIT_LIST_ENTRY.BATCH_ID), r.get(UNIT_LIST_ENTRY.INDICATOR_CODE),
                Period.parseOrThrow(r.get(UNIT_LIST_ENTRY.PERIOD_CODE)), r.get(UNIT_LIST_ENTRY.UNIT_ID),
                r.get(UNIT_LIST_ENTRY.UNIT_NAME), r.get(UNIT_LIST_ENTRY.AREA_CODE), r.get(UNIT_LIST_ENTRY.USES),
                r.get(UNIT_LIST_ENTRY.POPULATION));
    }
}
