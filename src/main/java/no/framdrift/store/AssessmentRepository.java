package no.framdrift.store;

import static no.framdrift.store.jooq.Tables.ASSESSMENT;

import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import no.framdrift.domain.Assessment;
import no.framdrift.domain.Period;
import org.jooq.DSLContext;

/** One assessment text per indicator and period. */
public final class AssessmentRepository {

    private final DSLContext dsl;

    public AssessmentRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void save(Assessment a) {
        String by = Database.actor(dsl);
        int updated = dsl.update(ASSESSMENT).set(ASSESSMENT.TEXT, a.text())
                .set(ASSESSMENT.SAVED_AT, a.savedAt().atOffset(ZoneOffset.UTC)).set(ASSESSMENT.SAVED_BY, by)
                .where(ASSESSMENT.INDICATOR_CODE.eq(a.indicatorCode()).and(ASSESSMENT.PERIOD.eq(a.period())))
                .execute();
        if (updated == 0) {
            dsl.insertInto(ASSESSMENT).set(ASSESSMENT.INDICATOR_CODE, a.indicatorCode()).set(ASSESSMENT.PERIOD, a.period())
                    .set(ASSESSMENT.TEXT, a.text()).set(ASSESSMENT.SAVED_AT, a.savedAt().atOffset(ZoneOffset.UTC))
                    .set(ASSESSMENT.SAVED_BY, by).execute();
        }
        ChangeListener.announce(dsl, "assessment " + a.indicatorCode());
    }

    public void delete(String indicatorCode, String period) {
        dsl.deleteFrom(ASSESSMENT)
                .where(ASSESSMENT.INDICATOR_CODE.eq(indicatorCode).and(ASSESSMENT.PERIOD.eq(period))).execute();
        ChangeListener.announce(dsl, "assessment " + indicatorCode);
    }

    /** Newest period first. */
    public List<Assessment> list(String indicatorCode) {
        return dsl.selectFrom(ASSESSMENT).where(ASSESSMENT.INDICATOR_CODE.eq(indicatorCode)).fetch(r ->
                        new Assessment(r.getIndicatorCode(), r.getPeriod(), r.getText(), r.getSavedAt().toInstant(),
                                r.getSavedBy()))
                .stream()
                .sorted(Comparator.comparing((Assessment a) -> Period.parse(a.period()).orElse(null),
                        Comparator.nullsFirst(Comparator.<Period>naturalOrder())).reversed())
                .toList();
    }

    public Optional<Assessment> find(String indicatorCode, String period) {
        return list(indicatorCode).stream().filter(a -> a.period().equals(period)).findFirst();
    }
}
