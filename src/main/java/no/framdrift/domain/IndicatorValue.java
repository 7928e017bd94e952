package no.framdrift.domain;

import java.util.Optional;

/**
 * One computed value of an indicator: for a period, an area (or "Nasjonalt"), and a subgroup
 * ("" for all; "profesjon=Lege" or "profesjon=Lege|region=Helse Vest" for domains). Shares are
 * fractions 0–1; counts are counts. A suppressed value keeps no number ({@code value} is null).
 * {@code batches} names the import batches it came from (provenance). Counts carry their growth
 * in per cent against the same period one and two years earlier, where known.
 */
public record IndicatorValue(
        String indicatorCode,
        Period period,
        String area,
        String group,
        Double value,
        Double numerator,
        Double denominator,
        Long n,
        Double se,
        Double ciLow,
        Double ciHigh,
        boolean suppressed,
        String batches,
        String note,
        Double growthOneYear,
        Double growthTwoYears) {

    public static final String NATIONAL = "Nasjonalt";
    /** Note on an aggregate that does not yet cover its whole period (e.g. Q4 with only October). */
    public static final String INCOMPLETE_PERIOD = "Ufullstendig periode";

    public IndicatorValue {
        area = area == null ? NATIONAL : area;
        group = group == null ? "" : group;
        if (suppressed) {
            // a suppressed cell never carries its number, so nothing downstream can export it
            value = null;
            numerator = null;
            denominator = null;
            se = null;
            ciLow = null;
            ciHigh = null;
            growthOneYear = null;
            growthTwoYears = null;
        }
    }

    /** A value without growth figures (shares). */
    public IndicatorValue(String indicatorCode, Period period, String area, String group, Double value, Double numerator,
                          Double denominator, Long n, Double se, Double ciLow, Double ciHigh, boolean suppressed,
                          String batches, String note) {
        this(indicatorCode, period, area, group, value, numerator, denominator, n, se, ciLow, ciHigh, suppressed, batches,
                note, null, null);
    }

    public Optional<Double> valueIfShown() {
        return Optional.ofNullable(value);
    }

    /** An aggregate over only part of its period; not the latest value of a series. */
    public boolean isIncompletePeriod() {
        return note != null && note.startsWith(INCOMPLETE_PERIOD);
    }

    /** The numbers of the import batches it came from ({@code batches} is "3 4"). */
    public java.util.Set<Long> batchIds() {
        java.util.Set<Long> ids = new java.util.TreeSet<>();
        if (batches != null) {
            for (String b : batches.trim().split("\\s+")) {
                if (!b.isEmpty()) {
                    ids.add(Long.parseLong(b));
                }
            }
        }
        return ids;
    }

    /** Whether it came (in part) from any of the given batches, e.g. the example data's. */
    public boolean drawsOn(java.util.Set<Long> batchIds) {
        return !batchIds.isEmpty() && batchIds().stream().anyMatch(batchIds::contains);
    }

    public boolean isWholePopulation() {
        return group.isEmpty();
    }
}
