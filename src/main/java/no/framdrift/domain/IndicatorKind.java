package no.framdrift.domain;

/** How an indicator's value is computed (see DESIGN.md, "The indicator set"). */
public enum IndicatorKind {
    SURVEY_SHARE,
    REGISTRY_SHARE,
    POPULATION_WEIGHTED,
    SHARE_OF_UNITS,
    COUNT,
    AVERAGE_OF_SHARES,
    COMPOSITE
}
