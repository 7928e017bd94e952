package no.framdrift.stats;

/**
 * The two 95 % intervals for a share: on the logit scale (the design-based one) and Wilson's
 * score interval (for unweighted data, and where the logit interval is undefined).
 */
public final class ShareIntervals {

    /** The normal 97.5 % quantile used by DESIGN.md for the change test and Wilson. */
    public static final double Z_975 = 1.959964;

    private ShareIntervals() {
    }

    /**
     * The logit interval {@code expit(logit(p) ± t(0.975, df)·se/(p(1−p)))}. Undefined when p is 0
     * or 1 or the standard error is not a number; callers then use {@link #wilson}.
     */
    public static Interval logit(double p, double se, double degreesOfFreedom) {
        if (!(p > 0.0 && p < 1.0) || Double.isNaN(se) || !(degreesOfFreedom > 0)) {
            throw new IllegalArgumentException("logit interval needs 0 < p < 1, a standard error and df > 0");
        }
        double t = StudentT.quantile(0.975, degreesOfFreedom);
        double logit = Math.log(p / (1.0 - p));
        double halfWidth = t * se / (p * (1.0 - p));
        return new Interval(expit(logit - halfWidth), expit(logit + halfWidth), IntervalMethod.LOGIT);
    }

    /**
     * Wilson's score interval for a share p observed on n answers (n may be an effective sample
     * size, not necessarily whole).
     */
    public static Interval wilson(double p, double n) {
        if (!(n > 0) || !(p >= 0.0 && p <= 1.0)) {
            throw new IllegalArgumentException("Wilson interval needs n > 0 and 0 <= p <= 1");
        }
        double z = Z_975;
        double z2 = z * z;
        double denominator = 1.0 + z2 / n;
        double centre = (p + z2 / (2.0 * n)) / denominator;
        double halfWidth = z * Math.sqrt(p * (1.0 - p) / n + z2 / (4.0 * n * n)) / denominator;
        // Rounding can push the ends a hair outside [0, 1] or past p at the boundaries.
        return new Interval(Math.max(0.0, Math.min(p, centre - halfWidth)),
                Math.min(1.0, Math.max(p, centre + halfWidth)), IntervalMethod.WILSON);
    }

    private static double expit(double x) {
        return 1.0 / (1.0 + Math.exp(-x));
    }
}
