package no.framdrift.stats;

/** A share as its parts: numerator / denominator (value NaN when the denominator is 0). */
public record Ratio(double numerator, double denominator) {

    public double value() {
        return denominator == 0 ? Double.NaN : numerator / denominator;
    }
}
