package no.framdrift.stats;

/** How an interval was computed. */
public enum IntervalMethod {
    /** logit(p) ± t(0.975, n−1)·SE/(p(1−p)), transformed back, as survey::svyciprop(method = "logit"). */
    LOGIT,
    /** Wilson score interval with z = 1.959964. */
    WILSON
}
