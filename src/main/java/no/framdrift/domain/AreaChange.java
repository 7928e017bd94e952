package no.framdrift.domain;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a change table between two versions of the area classification (Statistics
 * Norway's classifications 131 and 104): a code valid {@code validFrom}–{@code validTo} and one of
 * the codes that succeed it.
 *
 * @param kind RENUMBERED (the same area under a new code: values move over), SPLIT (the area was
 *             divided: values cannot be moved without data for each part)
 */
public record AreaChange(String code, String name, AreaLevel level, LocalDate validFrom, LocalDate validTo,
                         String successor, String successorName, Kind kind) {

    public enum Kind { RENUMBERED, SPLIT }

    public AreaChange {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(successor, "successor");
        Objects.requireNonNull(kind, "kind");
    }

    /** "2020–2023": the years the old code was valid. */
    public String validYears() {
        return validFrom.getYear() == validTo.getYear() ? Integer.toString(validFrom.getYear())
                : validFrom.getYear() + "–" + validTo.getYear();
    }
}
