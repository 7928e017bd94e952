package no.framdrift.stats;

/** A two-sided 95 % interval for a share, as fractions 0–1, and how it was computed. */
public record Interval(double low, double high, IntervalMethod method) {

    public boolean contains(double value) {
        return low <= value && value <= high;
    }

    public double width() {
        return high - low;
    }
}
