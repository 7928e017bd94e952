package no.framdrift.stats;

/**
 * Student's t distribution: the cumulative distribution and its quantile, from the JDK alone.
 *
 * <p>Why written here and not taken from Commons Math: DESIGN.md keeps {@code stats} free of
 * dependencies beyond the JDK, and one quantile (t(0.975, n−1) for the logit interval) does not
 * justify an exception. The CDF uses the regularized incomplete beta function
 * (P(T &gt; t) = ½·I_{ν/(ν+t²)}(ν/2, ½)) evaluated by Lentz's continued fraction; log Γ comes from
 * the Stirling series after shifting the argument above 15 (absolute error below 1e-14). The
 * quantile is a safeguarded Newton iteration on the CDF (bisection whenever a Newton step leaves
 * the bracket), converging to about 1e-13 relative; tests compare it with published values.
 */
public final class StudentT {

    private static final double HALF_LOG_2PI = 0.5 * Math.log(2.0 * Math.PI);
    private static final double TINY = 1e-300;
    private static final double EPS = 1e-16;
    private static final int MAX_ITERATIONS = 100_000;

    private StudentT() {
    }

    /** P(T ≤ t) for T with {@code df} degrees of freedom. */
    public static double cdf(double t, double df) {
        checkDf(df);
        if (Double.isNaN(t)) {
            return Double.NaN;
        }
        if (t == 0.0) {
            return 0.5;
        }
        double tail = upperTail(Math.abs(t), df);
        return t > 0 ? 1.0 - tail : tail;
    }

    /** Density of T at t. */
    public static double density(double t, double df) {
        checkDf(df);
        double logDensity = logGamma((df + 1.0) / 2.0) - logGamma(df / 2.0) - 0.5 * Math.log(df * Math.PI)
                - (df + 1.0) / 2.0 * Math.log1p(t * t / df);
        return Math.exp(logDensity);
    }

    /** The value t with P(T ≤ t) = p, e.g. quantile(0.975, 9) = 2.262157… */
    public static double quantile(double p, double df) {
        checkDf(df);
        if (!(p > 0.0 && p < 1.0)) {
            if (p == 0.0) {
                return Double.NEGATIVE_INFINITY;
            }
            if (p == 1.0) {
                return Double.POSITIVE_INFINITY;
            }
            throw new IllegalArgumentException("probability must lie in [0, 1]: " + p);
        }
        if (p == 0.5) {
            return 0.0;
        }
        // Solve the upper tail of |T| for the smaller tail probability; the sign follows p.
        double q = p > 0.5 ? 1.0 - p : p;
        double t = positiveQuantileOfUpperTail(q, df);
        return p > 0.5 ? t : -t;
    }

    /** t ≥ 0 with P(T &gt; t) = q, 0 &lt; q &lt; 0.5. */
    private static double positiveQuantileOfUpperTail(double q, double df) {
        double lo = 0.0;
        double hi = 1.0;
        while (upperTail(hi, df) > q) {
            lo = hi;
            hi *= 2.0;
            if (Double.isInfinite(hi)) {
                return hi;
            }
        }
        double t = (lo + hi) / 2.0;
        for (int i = 0; i < 500; i++) {
            double f = upperTail(t, df) - q;
            if (f == 0.0) {
                return t;
            }
            if (f > 0) {
                lo = t;
            } else {
                hi = t;
            }
            double next = t + f / density(t, df);
            if (!(next > lo && next < hi)) {
                next = (lo + hi) / 2.0;
            }
            if (Math.abs(next - t) <= 1e-14 * Math.max(1.0, Math.abs(t)) || hi - lo <= 1e-15 * hi) {
                return next;
            }
            t = next;
        }
        return t;
    }

    /** P(T &gt; t) for t ≥ 0. */
    private static double upperTail(double t, double df) {
        double x = df / (df + t * t);
        return 0.5 * regularizedBeta(x, df / 2.0, 0.5);
    }

    /** The regularized incomplete beta function I_x(a, b). */
    static double regularizedBeta(double x, double a, double b) {
        if (x <= 0.0) {
            return 0.0;
        }
        if (x >= 1.0) {
            return 1.0;
        }
        double logFront = logGamma(a + b) - logGamma(a) - logGamma(b) + a * Math.log(x) + b * Math.log1p(-x);
        if (x < (a + 1.0) / (a + b + 2.0)) {
            return Math.exp(logFront) * betaContinuedFraction(x, a, b) / a;
        }
        return 1.0 - Math.exp(logFront) * betaContinuedFraction(1.0 - x, b, a) / b;
    }

    /** Continued fraction for I_x(a, b), modified Lentz method. */
    private static double betaContinuedFraction(double x, double a, double b) {
        double qab = a + b;
        double qap = a + 1.0;
        double qam = a - 1.0;
        double c = 1.0;
        double d = 1.0 - qab * x / qap;
        if (Math.abs(d) < TINY) {
            d = TINY;
        }
        d = 1.0 / d;
        double h = d;
        for (int m = 1; m <= MAX_ITERATIONS; m++) {
            int m2 = 2 * m;
            double aa = m * (b - m) * x / ((qam + m2) * (a + m2));
            d = 1.0 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1.0 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1.0 / d;
            h *= d * c;
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2));
            d = 1.0 + aa * d;
            if (Math.abs(d) < TINY) {
                d = TINY;
            }
            c = 1.0 + aa / c;
            if (Math.abs(c) < TINY) {
                c = TINY;
            }
            d = 1.0 / d;
            double delta = d * c;
            h *= delta;
            if (Math.abs(delta - 1.0) < EPS) {
                return h;
            }
        }
        return h;
    }

    /** log Γ(x) for x &gt; 0: Stirling's series after shifting x to at least 15. */
    static double logGamma(double x) {
        if (!(x > 0.0)) {
            throw new IllegalArgumentException("logGamma needs x > 0: " + x);
        }
        double product = 1.0;
        double shift = 0.0;
        while (x < 15.0) {
            product *= x;
            if (product > 1e280) {
                shift += Math.log(product);
                product = 1.0;
            }
            x += 1.0;
        }
        shift += Math.log(product);
        double inv = 1.0 / x;
        double inv2 = inv * inv;
        double series = inv * (1.0 / 12 - inv2 * (1.0 / 360 - inv2 * (1.0 / 1260 - inv2 * (1.0 / 1680
                - inv2 / 1188))));
        return (x - 0.5) * Math.log(x) - x + HALF_LOG_2PI + series - shift;
    }

    private static void checkDf(double df) {
        if (!(df > 0.0) || Double.isInfinite(df)) {
            throw new IllegalArgumentException("degrees of freedom must be positive and finite: " + df);
        }
    }
}
