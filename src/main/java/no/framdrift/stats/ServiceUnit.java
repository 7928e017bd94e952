package no.framdrift.stats;

/**
 * A unit that does or does not use a service: a municipality (population = inhabitants) or a GP
 * (population = list patients).
 */
public record ServiceUnit(String unit, double population, boolean usesService) {
}
