package no.framdrift.domain;

/**
 * How a quarter is built from months: a ratio of sums (the default for shares) or, where the
 * indicator says so, the mean of the monthly shares.
 */
public enum QuarterAggregation {
    RATIO_OF_SUMS,
    MEAN_OF_MONTHS
}
