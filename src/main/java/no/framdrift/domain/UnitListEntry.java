package no.framdrift.domain;

import java.util.Objects;

/**
 * One unit (municipality, GP practice) in one period: does it use the service, and how many it
 * serves (inhabitants, list patients) for population weighting. {@code areaCode} is the
 * municipality of the unit when known.
 */
public record UnitListEntry(long batchId, String indicatorCode, Period period, String unitId, String unitName, String areaCode,
                            boolean uses, Double population) {
    public UnitListEntry {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(unitId, "unitId");
    }
}
