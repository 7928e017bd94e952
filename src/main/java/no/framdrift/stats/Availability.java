package no.framdrift.stats;

import java.util.Collection;

/**
 * How widely a service is available: weighted by the population the units serve (DigiHelse,
 * DigiHelsestasjon, DDFL) or as a plain share of units (municipalities using welfare technology).
 */
public final class Availability {

    private Availability() {
    }

    /** Σ population of the units that use the service / Σ population of all units. */
    public static Ratio populationWeighted(Collection<ServiceUnit> units) {
        double covered = 0;
        double total = 0;
        for (ServiceUnit u : units) {
            total += u.population();
            if (u.usesService()) {
                covered += u.population();
            }
        }
        return new Ratio(covered, total);
    }

    /** Units that use the service / all units, each unit counting once whatever its size. */
    public static Ratio shareOfUnits(Collection<ServiceUnit> units) {
        long using = units.stream().filter(ServiceUnit::usesService).count();
        return new Ratio(using, units.size());
    }
}
