package no.framdrift.domain;

import java.util.Objects;

/**
 * A numerator and/or denominator for one indicator, area and period, as imported (empty where the
 * extract has none). {@code status} keeps a source's symbol for a missing value (".", ":"), never 0.
 */
public record RegistryValue(long batchId, String indicatorCode, Period period, String areaCode, AreaLevel areaLevel,
                            Double numerator, Double denominator, String status) {
    public RegistryValue {
        Objects.requireNonNull(indicatorCode, "indicatorCode");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(areaCode, "areaCode");
    }
}
