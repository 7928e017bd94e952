package no.framdrift.stats;

import java.util.Optional;

/**
 * A survey share for a year or a subgroup (domain) of it, with its margin of error.
 *
 * @param share             p = Σw·y / Σw, a fraction 0–1
 * @param standardError     SE by Taylor linearisation with the year's n (NaN when the year has fewer
 *                          than two valid answers)
 * @param interval          the 95 % interval: on the logit scale, or Wilson's (on Kish's effective n
 *                          (Σw)²/Σw²) where the logit interval is undefined (p = 0, p = 1, or no SE)
 * @param wilson            Wilson's score interval on the domain's n, present only for unweighted
 *                          data (null otherwise; see {@link #wilsonInterval()})
 * @param n                 valid answers in the domain (the whole year for the year's share)
 * @param yearN             valid answers in the whole survey year (the n of the SE formula)
 * @param weightedNumerator Σ w·y in the domain
 * @param sumW              Σ w in the domain
 * @param weighted          false when every weight of the year is 1
 * @param suppressed        true when n is below the survey threshold: show ":" and never export the number
 */
public record SurveyShare(
        double share,
        double standardError,
        Interval interval,
        Interval wilson,
        long n,
        long yearN,
        double weightedNumerator,
        double sumW,
        boolean weighted,
        boolean suppressed) {

    public Optional<Interval> wilsonInterval() {
        return Optional.ofNullable(wilson);
    }
}
