package no.framdrift.app.overview;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.Period;
import no.framdrift.domain.Period.Granularity;
import no.framdrift.domain.Status;

/**
 * Which indicators' new data or assessment is due now or overdue, from each indicator's update
 * frequency, its latest data period and its latest assessment. Pure: "today" is an argument.
 *
 * <p>Rules (the deck's rhythm):
 * <ul>
 *   <li><b>Data.</b> Data for a period fall due in the period that follows it: a yearly survey's
 *       data for year Y in Q1 of Y+1 (2024 data → Q1 2025), a quarterly registry indicator's data
 *       for a quarter in the next quarter, a monthly (løpende) indicator's data for a month in the
 *       next month. The first missing period after the latest data is due when its due period has
 *       begun, and overdue when its due period has ended (so a yearly indicator whose latest data
 *       are for 2023 is overdue on 10 Feb 2026: the 2024 data were due in Q1 2025). Data at another
 *       granularity than the frequency count up to the last whole period they cover (a half-year
 *       for a quarterly indicator covers its two quarters).</li>
 *   <li><b>Assessment.</b> When the data are up to date, the steward's assessment of them is due:
 *       for yearly indicators the round "Q1 Y+1" for data year Y (as "Vurdering Q1 2025" assesses
 *       the 2024 survey), due in that quarter; for monthly and quarterly indicators the round named
 *       after the latest whole quarter of data ("Vurdering Q3 2025" once September's data are in),
 *       due in the quarter after it. An assessment period that does not parse counts as none.</li>
 *   <li>An indicator marked Klar that has no data at all is overdue. Indicators marked Avvent or
 *       Under arbeid without data are not listed (nothing is expected of them yet).</li>
 *   <li>Composites whose parts carry the data are judged through their parts; callers pass the parts.</li>
 * </ul>
 * Sorted by how late: overdue before due; never-reported first among the overdue; then most days
 * late, most periods missing, and name.
 */
public final class DueForUpdate {

    /** What the calculation needs to know about one indicator. */
    public record Entry(String code, String name, Status status, Frequency frequency, Period latestData,
                        Period latestAssessment) {

        public Entry {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(frequency, "frequency");
        }
    }

    private static final Comparator<DueItem> BY_LATENESS = Comparator
            .comparing((DueItem d) -> !d.overdue())
            .thenComparing(d -> !d.neverReported())
            .thenComparing(Comparator.comparingLong(DueItem::daysLate).reversed())
            .thenComparing(Comparator.comparingInt(DueItem::periodsMissing).reversed())
            .thenComparing(d -> d.name() == null ? d.indicatorCode() : d.name());

    private DueForUpdate() {
    }

    /** Due and overdue items as of {@code today}, latest first. */
    public static List<DueItem> asOf(LocalDate today, Collection<Entry> entries) {
        List<DueItem> due = new ArrayList<>();
        for (Entry e : entries) {
            check(today, e).ifPresent(due::add);
        }
        due.sort(BY_LATENESS);
        return List.copyOf(due);
    }

    /** The item for one indicator, if anything is due. */
    public static Optional<DueItem> check(LocalDate today, Entry e) {
        Granularity dataGranularity = dataGranularity(e.frequency());
        Granularity dueGranularity = dueGranularity(e.frequency());
        Period now = Period.of(today).enclosing(dueGranularity);
        if (e.latestData() == null) {
            if (e.status() != Status.KLAR) {
                return Optional.empty();
            }
            return Optional.of(new DueItem(e.code(), e.name(), e.frequency(), null, null, now, 0, 0,
                    DueItem.Kind.NEW_DATA, true));
        }
        Period latest = latestWhole(dataGranularity, e.latestData().lastMonth());
        Period missing = latest.next();
        Period dataDue = duePeriod(missing, dueGranularity);
        if (dataDue.compareTo(now) <= 0) {
            int periodsMissing = 0;
            for (Period p = missing; duePeriod(p, dueGranularity).compareTo(now) <= 0; p = p.next()) {
                periodsMissing++;
            }
            return Optional.of(item(today, e, missing, dataDue, now, periodsMissing, DueItem.Kind.NEW_DATA));
        }
        Period round = assessmentRound(latest, e.frequency());
        Period assessmentDue = e.frequency() == Frequency.ARLIG ? round : round.next();
        Period assessed = e.latestAssessment() == null ? null : asQuarter(e.latestAssessment());
        boolean done = assessed != null && assessed.compareTo(round) >= 0;
        Period nowQuarter = Period.of(today).enclosing(Granularity.QUARTER);
        if (done || assessmentDue.compareTo(nowQuarter) > 0) {
            return Optional.empty();
        }
        return Optional.of(item(today, e, round, assessmentDue, nowQuarter, 0, DueItem.Kind.ASSESSMENT));
    }

    private static DueItem item(LocalDate today, Entry e, Period awaited, Period due, Period now, int missing,
            DueItem.Kind kind) {
        boolean overdue = due.compareTo(now) < 0;
        long daysLate = overdue ? ChronoUnit.DAYS.between(due.lastMonth().atEndOfMonth(), today) : 0;
        return new DueItem(e.code(), e.name(), e.frequency(), e.latestData(), awaited, due, Math.max(0, daysLate),
                missing, kind, overdue);
    }

    static Granularity dataGranularity(Frequency f) {
        return switch (f) {
            case LOPENDE -> Granularity.MONTH;
            case KVARTALSVIS -> Granularity.QUARTER;
            case ARLIG -> Granularity.YEAR;
        };
    }

    /** Monthly data are due month by month; everything else (and every assessment) by quarter. */
    static Granularity dueGranularity(Frequency f) {
        return f == Frequency.LOPENDE ? Granularity.MONTH : Granularity.QUARTER;
    }

    /** The period a data period falls due in: the first period of the due granularity after it ends. */
    static Period duePeriod(Period data, Granularity dueGranularity) {
        YearMonth after = data.lastMonth().plusMonths(1);
        return Period.month(after.getYear(), after.getMonthValue()).enclosing(dueGranularity);
    }

    /** The last whole period of the granularity that ends no later than {@code through}. */
    static Period latestWhole(Granularity g, YearMonth through) {
        Period p = Period.month(through.getYear(), through.getMonthValue()).enclosing(g);
        return p.lastMonth().equals(through) ? p : p.previous();
    }

    /** The assessment round for data up to {@code latest}. */
    static Period assessmentRound(Period latest, Frequency f) {
        if (f == Frequency.ARLIG) {
            return Period.quarter(latest.year() + 1, 1);
        }
        return latestWhole(Granularity.QUARTER, latest.lastMonth());
    }

    /** An assessment period as a quarter: a month as its quarter, a year or half-year as its last quarter. */
    private static Period asQuarter(Period p) {
        YearMonth last = p.lastMonth();
        return Period.month(last.getYear(), last.getMonthValue()).enclosing(Granularity.QUARTER);
    }
}
