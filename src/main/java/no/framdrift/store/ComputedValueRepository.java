package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.COMPUTED_VALUE;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.store.jooq.tables.records.ComputedValueRecord;
import org.jooq.DSLContext;

/** The stored computed values, replaced per indicator on each recompute. */
public final class ComputedValueRepository {

    private final DSLContext dsl;

    public ComputedValueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void replace(String indicatorCode, Collection<IndicatorValue> values) {
        // two recomputes of one indicator at once (two team members) must not leave both sets behind
        IndicatorLocks.lock(dsl, java.util.List.of(indicatorCode));
        dsl.deleteFrom(COMPUTED_VALUE).where(COMPUTED_VALUE.INDICATOR_CODE.eq(indicatorCode)).execute();
        OffsetDateTime now = OffsetDateTime.now();
        var insert = dsl.insertInto(COMPUTED_VALUE, COMPUTED_VALUE.INDICATOR_CODE, COMPUTED_VALUE.PERIOD_CODE,
                COMPUTED_VALUE.PERIOD_START, COMPUTED_VALUE.GRANULARITY, COMPUTED_VALUE.AREA, COMPUTED_VALUE.GRP,
                COMPUTED_VALUE.VALUE, COMPUTED_VALUE.NUMERATOR, COMPUTED_VALUE.DENOMINATOR, COMPUTED_VALUE.N,
                COMPUTED_VALUE.SE, COMPUTED_VALUE.CI_LOW, COMPUTED_VALUE.CI_HIGH, COMPUTED_VALUE.SUPPRESSED,
                COMPUTED_VALUE.BATCHES, COMPUTED_VALUE.NOTE, COMPUTED_VALUE.GROWTH_1Y, COMPUTED_VALUE.GROWTH_2Y,
                COMPUTED_VALUE.COMPUTED_AT);
        boolean any = false;
        for (IndicatorValue v : values) {
            insert = insert.values(indicatorCode, v.period().code(), v.period().firstMonth().atDay(1),
                    v.period().granularity().name(), v.area(), v.group(), v.value(), v.numerator(), v.denominator(),
                    v.n(), v.se(), v.ciLow(), v.ciHigh(), v.suppressed(), v.batches(), v.note(), v.growthOneYear(),
                    v.growthTwoYears(), now);
            any = true;
        }
        if (any) {
            insert.execute();
        }
        // open windows elsewhere reload the values once this commits (nothing on H2)
        ChangeListener.announce(dsl, "values " + indicatorCode);
    }

    public List<IndicatorValue> values(String indicatorCode) {
        return dsl.selectFrom(COMPUTED_VALUE).where(COMPUTED_VALUE.INDICATOR_CODE.eq(indicatorCode))
                .orderBy(Collation.binary(dsl, COMPUTED_VALUE.AREA), Collation.binary(dsl, COMPUTED_VALUE.GRP),
                        COMPUTED_VALUE.PERIOD_START, Collation.binary(dsl, COMPUTED_VALUE.GRANULARITY))
                .fetch(ComputedValueRepository::toValue);
    }

    public Optional<OffsetDateTime> computedAt(String indicatorCode) {
        return dsl.select(org.jooq.impl.DSL.max(COMPUTED_VALUE.COMPUTED_AT)).from(COMPUTED_VALUE)
                .where(COMPUTED_VALUE.INDICATOR_CODE.eq(indicatorCode)).fetchOptional(0, OffsetDateTime.class);
    }

    public int count() {
        return dsl.fetchCount(COMPUTED_VALUE);
    }

    private static IndicatorValue toValue(ComputedValueRecord r) {
        return new IndicatorValue(r.getIndicatorCode(), Period.parseOrThrow(r.getPeriodCode()), r.getArea(), r.getGrp(),
                r.getValue(), r.getNumerator(), r.getDenominator(), r.getN(), r.getSe(), r.getCiLow(), r.getCiHigh(),
                r.getSuppressed(), r.getBatches(), r.getNote(), r.getGrowth_1y(), r.getGrowth_2y());
    }
}
