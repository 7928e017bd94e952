package no.framdrift.stats;

/** Where the latest value stands against the path to the ambition. */
public enum ProgressStatus {
    /** Ahead of the path, or behind it by at most the tolerance. */
    ON_TRACK,
    /** Behind the path by more than the tolerance and at most twice the tolerance. */
    AT_RISK,
    /** Behind the path by more than twice the tolerance. */
    OFF_TRACK,
    /** The ambition judged against has no target yet ("XX"), or the indicator has no ambition. */
    AMBITION_NOT_SET,
    /** No value to judge, or no baseline value to draw the path from. */
    NO_DATA
}
