package no.framdrift.domain;

/** Overarching goals (Kvalitet, Bærekraft, Innovasjon) and the strategic goals Mål 1–5. */
public enum GoalKind {
    OVERARCHING,
    STRATEGIC
}
