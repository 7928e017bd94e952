package no.framdrift.domain;

import java.util.Optional;

/**
 * A target for a year, e.g. 25 % in 2026. A null target is an ambition whose level is not yet
 * set ("XX % i 2030"): it must show as such, never as 0.
 */
public record Ambition(int year, Double target, String text) {

    public Optional<Double> targetValue() {
        return Optional.ofNullable(target);
    }

    public boolean isSet() {
        return target != null;
    }
}
