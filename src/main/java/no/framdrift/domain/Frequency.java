package no.framdrift.domain;

/** How often new data arrive: løpende/månedlig, kvartalsvis or årlig. */
public enum Frequency {
    LOPENDE,
    KVARTALSVIS,
    ARLIG
}
