package no.framdrift.domain;

import java.util.List;
import java.util.Optional;

/** The whole indicator set: goals, indicators (top level and parts) and proposed future indicators. */
public record Catalogue(int schemaVersion, List<GoalArea> goals, List<Indicator> indicators,
                        List<FutureIndicator> futureIndicators) {

    public Catalogue {
        goals = goals == null ? List.of() : List.copyOf(goals);
        indicators = indicators == null ? List.of() : List.copyOf(indicators);
        futureIndicators = futureIndicators == null ? List.of() : List.copyOf(futureIndicators);
    }

    public Optional<Indicator> indicator(String code) {
        return indicators.stream().filter(i -> i.code().equals(code)).findFirst();
    }

    public Optional<GoalArea> goal(String code) {
        return goals.stream().filter(g -> g.code().equals(code)).findFirst();
    }

    /** Indicators that are not parts of a composite, in catalogue order. */
    public List<Indicator> topLevel() {
        return indicators.stream().filter(i -> i.parent() == null).toList();
    }

    public List<Indicator> topLevelIn(String goalCode) {
        return topLevel().stream().filter(i -> i.goal().equals(goalCode)).toList();
    }

    /** The parts of a composite, in the order the composite lists them. */
    public List<Indicator> partsOf(Indicator composite) {
        return composite.parts().stream().map(this::indicator).flatMap(Optional::stream).toList();
    }
}
