package no.framdrift.domain;

/** The deck's status of an indicator (Klar = reported on, Under arbeid = missing clarifications or data). */
public enum Status {
    KLAR,
    UNDER_ARBEID,
    AVVENT
}
