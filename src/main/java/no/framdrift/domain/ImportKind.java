package no.framdrift.domain;

/** What an imported file holds, and so where its rows go. */
public enum ImportKind {
    /** One row per respondent; reduced to sufficient statistics. */
    SURVEY,
    /** Numerators and/or denominators per area and period, or person-level rows counted per area and period. */
    REGISTRY,
    /** Per period, which units (municipalities, GP practices) use a service, with their population. */
    UNITS,
    /** A JSON-stat dataset (e.g. Statistics Norway population) as registry numerators or denominators. */
    JSON_STAT
}
