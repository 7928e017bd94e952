package no.framdrift.domain;

/** A break in a time series from the given period on, with the footnote that explains it. */
public record SeriesBreak(String period, String note) {
}
