package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.AMBITION;
import static no.framdrift.store.jooq.Tables.FUTURE_INDICATOR;
import static no.framdrift.store.jooq.Tables.GOAL_AREA;
import static no.framdrift.store.jooq.Tables.INDICATOR;
import static no.framdrift.store.jooq.Tables.SERIES_BREAK;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.framdrift.domain.Ambition;
import no.framdrift.domain.Baseline;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.FutureIndicator;
import no.framdrift.domain.GoalArea;
import no.framdrift.domain.GoalKind;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.TimeAggregation;
import no.framdrift.domain.SeriesBreak;
import no.framdrift.domain.Status;
import no.framdrift.domain.Unit;
import no.framdrift.store.jooq.tables.records.IndicatorRecord;
import org.jooq.DSLContext;

/** Reads and writes the indicator catalogue. Callers own the transaction (pass {@code cfg.dsl()}). */
public final class CatalogueRepository {

    private static final String SOURCE_SEPARATOR = "\n";

    private final DSLContext dsl;

    public CatalogueRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public boolean isEmpty() {
        return dsl.fetchCount(GOAL_AREA) == 0;
    }

    public Catalogue load() {
        List<GoalArea> goals = dsl.selectFrom(GOAL_AREA).orderBy(GOAL_AREA.SORT_ORDER).fetch(r ->
                new GoalArea(r.getCode(), r.getName(), GoalKind.valueOf(r.getKind()), r.getGoalNumber()));
        Map<String, List<Ambition>> ambitions = new LinkedHashMap<>();
        dsl.selectFrom(AMBITION).orderBy(AMBITION.INDICATOR_CODE, AMBITION.TARGET_YEAR).forEach(r ->
                ambitions.computeIfAbsent(r.getIndicatorCode(), k -> new ArrayList<>())
                        .add(new Ambition(r.getTargetYear(), r.getTarget(), r.getLabel())));
        Map<String, List<SeriesBreak>> breaks = new LinkedHashMap<>();
        dsl.selectFrom(SERIES_BREAK).orderBy(SERIES_BREAK.INDICATOR_CODE, SERIES_BREAK.PERIOD).forEach(r ->
                breaks.computeIfAbsent(r.getIndicatorCode(), k -> new ArrayList<>())
                        .add(new SeriesBreak(r.getPeriod(), r.getNote())));
        List<IndicatorRecord> rows = dsl.selectFrom(INDICATOR).orderBy(INDICATOR.SORT_ORDER).fetch();
        Map<String, List<String>> parts = new LinkedHashMap<>();
        for (IndicatorRecord r : rows) {
            if (r.getParentCode() != null) {
                parts.computeIfAbsent(r.getParentCode(), k -> new ArrayList<>()).add(r.getCode());
            }
        }
        List<Indicator> indicators = rows.stream().map(r -> toIndicator(r,
                ambitions.getOrDefault(r.getCode(), List.of()),
                breaks.getOrDefault(r.getCode(), List.of()),
                parts.getOrDefault(r.getCode(), List.of()))).toList();
        List<FutureIndicator> future = dsl.selectFrom(FUTURE_INDICATOR).orderBy(FUTURE_INDICATOR.SORT_ORDER).fetch(r ->
                new FutureIndicator(r.getCode(), r.getGoalCode(), r.getName(), r.getDescription()));
        return new Catalogue(1, goals, indicators, future);
    }

    public Optional<Indicator> find(String code) {
        return load().indicator(code);
    }

    /** Writes a whole catalogue into an empty store (first start, or a restore). */
    public void insertAll(Catalogue catalogue) {
        int order = 0;
        for (GoalArea g : catalogue.goals()) {
            dsl.insertInto(GOAL_AREA)
                    .set(GOAL_AREA.CODE, g.code()).set(GOAL_AREA.NAME, g.name()).set(GOAL_AREA.KIND, g.kind().name())
                    .set(GOAL_AREA.GOAL_NUMBER, g.number()).set(GOAL_AREA.SORT_ORDER, order++)
                    .execute();
        }
        order = 0;
        for (Indicator i : ordered(catalogue)) {
            insert(i, order++);
        }
        order = 0;
        for (FutureIndicator f : catalogue.futureIndicators()) {
            dsl.insertInto(FUTURE_INDICATOR)
                    .set(FUTURE_INDICATOR.CODE, f.code()).set(FUTURE_INDICATOR.GOAL_CODE, f.goal())
                    .set(FUTURE_INDICATOR.NAME, f.name()).set(FUTURE_INDICATOR.DESCRIPTION, f.description())
                    .set(FUTURE_INDICATOR.SORT_ORDER, order++)
                    .execute();
        }
    }

    /** Composites before their parts, keeping the catalogue's order otherwise. */
    private static List<Indicator> ordered(Catalogue c) {
        return c.indicators();
    }

    /** Inserts a new indicator, or replaces the definition of an existing one (keeping its place). */
    public void save(Indicator i) {
        Integer order = dsl.select(INDICATOR.SORT_ORDER).from(INDICATOR).where(INDICATOR.CODE.eq(i.code()))
                .fetchOne(INDICATOR.SORT_ORDER);
        if (order == null) {
            Integer max = dsl.select(org.jooq.impl.DSL.max(INDICATOR.SORT_ORDER)).from(INDICATOR).fetchOne(0, Integer.class);
            insert(i, max == null ? 0 : max + 1);
            return;
        }
        dsl.update(INDICATOR).set(definition(i)).set(INDICATOR.ROW_VERSION, INDICATOR.ROW_VERSION.plus(1))
                .set(INDICATOR.UPDATED_BY, Database.actor(dsl)).where(INDICATOR.CODE.eq(i.code())).execute();
        writeChildren(i);
        ChangeListener.announce(dsl, "catalogue " + i.code());
        new ValuesPending(dsl).note("catalogue " + i.code());
    }

    /** Who saved an indicator's definition last and its version (bumped by every save). */
    public record Stamp(long version, String updatedBy, java.time.Instant updatedAt) {
    }

    /**
     * The indicator's current version, locking its row until the transaction ends, so a save that
     * checks the version and then writes cannot interleave with another one; empty for a new code.
     */
    public Optional<Stamp> lockStamp(String code) {
        return dsl.select(INDICATOR.ROW_VERSION, INDICATOR.UPDATED_BY, INDICATOR.UPDATED_AT).from(INDICATOR)
                .where(INDICATOR.CODE.eq(code)).forUpdate()
                .fetchOptional(r -> new Stamp(r.value1(), r.value2(), r.value3().toInstant()));
    }

    /** The indicator's current version, without a lock; empty for a new code. */
    public Optional<Stamp> stamp(String code) {
        return dsl.select(INDICATOR.ROW_VERSION, INDICATOR.UPDATED_BY, INDICATOR.UPDATED_AT).from(INDICATOR)
                .where(INDICATOR.CODE.eq(code))
                .fetchOptional(r -> new Stamp(r.value1(), r.value2(), r.value3().toInstant()));
    }

    private void insert(Indicator i, int order) {
        dsl.insertInto(INDICATOR).set(INDICATOR.CODE, i.code()).set(INDICATOR.SORT_ORDER, order).set(definition(i))
                .set(INDICATOR.UPDATED_BY, Database.actor(dsl)).execute();
        writeChildren(i);
        ChangeListener.announce(dsl, "catalogue " + i.code());
        new ValuesPending(dsl).note("catalogue " + i.code());
    }

    /** Every column of an indicator's definition, as both an insert and an update write it. */
    private static Map<org.jooq.Field<?>, Object> definition(Indicator i) {
        Map<org.jooq.Field<?>, Object> f = new LinkedHashMap<>();
        f.put(INDICATOR.GOAL_CODE, i.goal());
        f.put(INDICATOR.PARENT_CODE, i.parent());
        f.put(INDICATOR.NAME, i.name());
        f.put(INDICATOR.MEASURES, i.measures());
        f.put(INDICATOR.ABOUT, i.about());
        f.put(INDICATOR.SOURCES, String.join(SOURCE_SEPARATOR, i.sources()));
        f.put(INDICATOR.STATUS, i.status().name());
        f.put(INDICATOR.FREQUENCY, i.frequency().name());
        f.put(INDICATOR.KIND, i.kind().name());
        f.put(INDICATOR.UNIT, i.unit().name());
        f.put(INDICATOR.DECIMALS, i.decimals());
        f.put(INDICATOR.HIGHER_IS_BETTER, i.higherIsBetter());
        f.put(INDICATOR.VALUE_LABEL, i.valueLabel());
        f.put(INDICATOR.TIME_AGGREGATION, i.timeAggregation().name());
        f.put(INDICATOR.BASELINE_PERIOD, i.baseline() == null ? null : i.baseline().period());
        f.put(INDICATOR.BASELINE_TEXT, i.baseline() == null ? null : i.baseline().text());
        f.put(INDICATOR.NOTE, i.note());
        f.put(INDICATOR.PUBLISH, i.publish());
        f.put(INDICATOR.UPDATED_AT, OffsetDateTime.now());
        return f;
    }

    private void writeChildren(Indicator i) {
        dsl.deleteFrom(AMBITION).where(AMBITION.INDICATOR_CODE.eq(i.code())).execute();
        for (Ambition a : i.ambitions()) {
            dsl.insertInto(AMBITION).set(AMBITION.INDICATOR_CODE, i.code()).set(AMBITION.TARGET_YEAR, a.year())
                    .set(AMBITION.TARGET, a.target()).set(AMBITION.LABEL, a.text()).execute();
        }
        dsl.deleteFrom(SERIES_BREAK).where(SERIES_BREAK.INDICATOR_CODE.eq(i.code())).execute();
        for (SeriesBreak b : i.seriesBreaks()) {
            dsl.insertInto(SERIES_BREAK).set(SERIES_BREAK.INDICATOR_CODE, i.code()).set(SERIES_BREAK.PERIOD, b.period())
                    .set(SERIES_BREAK.NOTE, b.note()).execute();
        }
    }

    public void saveFuture(FutureIndicator f) {
        int updated = dsl.update(FUTURE_INDICATOR).set(FUTURE_INDICATOR.GOAL_CODE, f.goal())
                .set(FUTURE_INDICATOR.NAME, f.name()).set(FUTURE_INDICATOR.DESCRIPTION, f.description())
                .where(FUTURE_INDICATOR.CODE.eq(f.code())).execute();
        if (updated == 0) {
            Integer max = dsl.select(org.jooq.impl.DSL.max(FUTURE_INDICATOR.SORT_ORDER)).from(FUTURE_INDICATOR)
                    .fetchOne(0, Integer.class);
            dsl.insertInto(FUTURE_INDICATOR).set(FUTURE_INDICATOR.CODE, f.code()).set(FUTURE_INDICATOR.GOAL_CODE, f.goal())
                    .set(FUTURE_INDICATOR.NAME, f.name()).set(FUTURE_INDICATOR.DESCRIPTION, f.description())
                    .set(FUTURE_INDICATOR.SORT_ORDER, max == null ? 0 : max + 1).execute();
        }
    }

    public void saveGoal(GoalArea g) {
        int updated = dsl.update(GOAL_AREA).set(GOAL_AREA.NAME, g.name()).set(GOAL_AREA.KIND, g.kind().name())
                .set(GOAL_AREA.GOAL_NUMBER, g.number()).where(GOAL_AREA.CODE.eq(g.code())).execute();
        if (updated == 0) {
            Integer max = dsl.select(org.jooq.impl.DSL.max(GOAL_AREA.SORT_ORDER)).from(GOAL_AREA).fetchOne(0, Integer.class);
            dsl.insertInto(GOAL_AREA).set(GOAL_AREA.CODE, g.code()).set(GOAL_AREA.NAME, g.name())
                    .set(GOAL_AREA.KIND, g.kind().name()).set(GOAL_AREA.GOAL_NUMBER, g.number())
                    .set(GOAL_AREA.SORT_ORDER, max == null ? 0 : max + 1).execute();
        }
    }

    private static Indicator toIndicator(IndicatorRecord r, List<Ambition> ambitions, List<SeriesBreak> breaks,
                                         List<String> parts) {
        List<String> sources = r.getSources() == null || r.getSources().isBlank() ? List.of()
                : Arrays.asList(r.getSources().split(SOURCE_SEPARATOR));
        Baseline baseline = r.getBaselinePeriod() == null && r.getBaselineText() == null ? null
                : new Baseline(r.getBaselinePeriod(), r.getBaselineText());
        return new Indicator(r.getCode(), r.getGoalCode(), r.getParentCode(), r.getName(), r.getMeasures(), r.getAbout(),
                sources, Status.valueOf(r.getStatus()), Frequency.valueOf(r.getFrequency()),
                IndicatorKind.valueOf(r.getKind()), Unit.valueOf(r.getUnit()), r.getDecimals(), r.getHigherIsBetter(),
                r.getValueLabel(), TimeAggregation.valueOf(r.getTimeAggregation()), baseline, ambitions, breaks,
                parts, r.getNote(), r.getPublish());
    }
}
