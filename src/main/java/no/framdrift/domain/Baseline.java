package no.framdrift.domain;

/** Where a series starts, e.g. period "2021" with "Utgangspunkt er måling gjennomført i 2021." */
public record Baseline(String period, String text) {
}
