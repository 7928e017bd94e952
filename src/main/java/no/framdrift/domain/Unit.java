package no.framdrift.domain;

/** The unit an indicator is reported in. Percent targets are given in percent (25 = 25 %). */
public enum Unit {
    PERCENT,
    COUNT
}
