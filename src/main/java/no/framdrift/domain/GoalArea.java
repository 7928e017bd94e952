package no.framdrift.domain;

import java.util.Objects;
import java.util.Optional;

/** A goal area of the indicator set, e.g. "Mål 2: Enklere arbeidshverdag". */
public record GoalArea(String code, String name, GoalKind kind, Integer number) {

    public GoalArea {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public Optional<Integer> goalNumber() {
        return Optional.ofNullable(number);
    }

    /** The heading the deck uses: "Mål 2: Enklere arbeidshverdag" or the overarching goal's name. */
    public String title() {
        return number == null ? name : "Mål " + number + ": " + name;
    }
}
