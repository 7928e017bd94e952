package no.framdrift.stats;

import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

import no.framdrift.domain.Ambition;

/**
 * Progress at the latest period toward the ambition that governs it.
 *
 * @param ambition            the ambition judged against (empty when the indicator has none)
 * @param latest              the latest value (empty when the series is empty)
 * @param planned             the path's value at the latest period
 * @param gap                 latest − planned (negative = below the path)
 * @param status              on track / at risk / off track / ambition not set / no data
 * @param trend               the least-squares line over the latest points after the last series break
 * @param projectedAtAmbition the trend's value at the end of the ambition year
 * @param reachYear           the year the trend reaches the target (the latest year when already
 *                            reached); empty when the ambition is unset or "not at this pace"
 * @param targetReached       the latest value already meets the target
 */
public record ProgressReport(
        Optional<Ambition> ambition,
        Optional<SeriesPoint> latest,
        OptionalDouble planned,
        OptionalDouble gap,
        ProgressStatus status,
        Optional<Trend> trend,
        OptionalDouble projectedAtAmbition,
        OptionalInt reachYear,
        boolean targetReached) {
}
