package no.framdrift.stats;

import no.framdrift.domain.Unit;

/**
 * One part of a composite indicator in one period: its value, its unit and the weight the composite
 * gives it in the optional index.
 */
public record CompositePart(String code, Unit unit, double value, double weight) {
}
