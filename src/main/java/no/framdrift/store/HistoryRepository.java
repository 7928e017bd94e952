package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.INDICATOR_CHANGE;

import java.time.ZoneOffset;
import java.util.List;
import no.framdrift.domain.IndicatorChange;
import org.jooq.DSLContext;

/** The steward's change history, one row per changed field. */
public final class HistoryRepository {

    private final DSLContext dsl;

    public HistoryRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void record(List<IndicatorChange> changes) {
        for (IndicatorChange c : changes) {
            dsl.insertInto(INDICATOR_CHANGE)
                    .set(INDICATOR_CHANGE.INDICATOR_CODE, c.indicatorCode())
                    .set(INDICATOR_CHANGE.CHANGED_AT, c.changedAt().atOffset(ZoneOffset.UTC))
                    .set(INDICATOR_CHANGE.FIELD, c.field())
                    .set(INDICATOR_CHANGE.OLD_VALUE, c.oldValue())
                    .set(INDICATOR_CHANGE.NEW_VALUE, c.newValue())
                    .set(INDICATOR_CHANGE.CHANGED_BY, Database.actor(dsl))
                    .execute();
        }
    }

    /** Newest first. */
    public List<IndicatorChange> history(String indicatorCode) {
        return dsl.selectFrom(INDICATOR_CHANGE)
                .where(INDICATOR_CHANGE.INDICATOR_CODE.eq(indicatorCode))
                .orderBy(INDICATOR_CHANGE.CHANGED_AT.desc(), INDICATOR_CHANGE.ID.desc())
                .fetch(r -> new IndicatorChange(r.getIndicatorCode(), r.getChangedAt().toInstant(), r.getField(),
                        r.getOldValue(), r.getNewValue(), r.getChangedBy()));
    }
}
