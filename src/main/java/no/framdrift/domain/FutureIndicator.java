package no.framdrift.domain;

/** A proposed future indicator ("Foreslåtte fremtidige indikatorer"). */
public record FutureIndicator(String code, String goal, String name, String description) {
}
