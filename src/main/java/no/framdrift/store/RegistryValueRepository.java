package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.REGISTRY_VALUE;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Period;
import no.framdrift.domain.RegistryValue;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Numerators and denominators per indicator, area and period. */
public final class RegistryValueRepository {

    private final DSLContext dsl;

    public RegistryValueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void insertAll(long batchId, List<RegistryValue> values) {
        BulkInsert.insert(dsl, REGISTRY_VALUE, List.of(REGISTRY_VALUE.BATCH_ID, REGISTRY_VALUE.INDICATOR_CODE,
                REGISTRY_VALUE.PERIOD_CODE, REGISTRY_VALUE.GRANULARITY, REGISTRY_VALUE.PERIOD_START, REGISTRY_VALUE.PERIOD_END,
                REGISTRY_VALUE.AREA_CODE, REGISTRY_VALUE.AREA_LEVEL, REGISTRY_VALUE.NUMERATOR, REGISTRY_VALUE.DENOMINATOR,
                REGISTRY_VALUE.STATUS), values, v -> new Object[] {batchId, v.indicatorCode(), v.period().code(),
                v.period().granularity().name(), v.period().firstMonth().atDay(1), v.period().lastMonth().atEndOfMonth(),
                v.areaCode(), v.areaLevel().name(), v.numerator(), v.denominator(), v.status()});
    }

    /** Values of an indicator for the given areas (empty = all areas) whose period lies within [from, to]. */
    public List<RegistryValue> values(String indicatorCode, Collection<String> areaCodes, Period from, Period to) {
        Condition c = REGISTRY_VALUE.INDICATOR_CODE.eq(indicatorCode);
        if (areaCodes != null && !areaCodes.isEmpty()) {
            c = c.and(REGISTRY_VALUE.AREA_CODE.in(areaCodes));
        }
        if (from != null) {
            c = c.and(REGISTRY_VALUE.PERIOD_START.ge(from.firstMonth().atDay(1)));
        }
        if (to != null) {
            c = c.and(REGISTRY_VALUE.PERIOD_END.le(to.lastMonth().atEndOfMonth()));
        }
        return dsl.selectFrom(REGISTRY_VALUE).where(c)
                .orderBy(REGISTRY_VALUE.PERIOD_START, Collation.binary(dsl, REGISTRY_VALUE.AREA_CODE), REGISTRY_VALUE.BATCH_ID)
                .fetch(RegistryValueRepository::toValue);
    }

    /** Every value of an indicator. */
    public List<RegistryValue> values(String indicatorCode) {
        return values(indicatorCode, List.of(), null, null);
    }

    public int count() {
        return dsl.fetchCount(REGISTRY_VALUE);
    }

    private static RegistryValue toValue(Record r) {
        return new RegistryValue(r.get(REGISTRY_VALUE.BATCH_ID), r.get(REGISTRY_VALUE.INDICATOR_CODE),
                Period.parseOrThrow(r.get(REGISTRY_VALUE.PERIOD_CODE)), r.get(REGISTRY_VALUE.AREA_CODE),
                AreaLevel.valueOf(r.get(REGISTRY_VALUE.AREA_LEVEL)), r.get(REGISTRY_VALUE.NUMERATOR),
                r.get(REGISTRY_VALUE.DENOMINATOR), r.get(REGISTRY_VALUE.STATUS));
    }

    static LocalDate start(Period p) {
        return p.firstMonth().atDay(1);
    }
}
