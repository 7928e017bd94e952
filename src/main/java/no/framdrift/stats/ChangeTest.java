package no.framdrift.stats;

import java.util.Collection;

import no.framdrift.domain.Period;
import no.framdrift.domain.SeriesBreak;

/**
 * Whether a survey share changed between two years beyond the margin of error: the z test of
 * DESIGN.md, {@code z = (p₂ − p₁)/√(SE₁² + SE₂²)}, outside the margin when |z| &gt; 1.959964. Overlap
 * of the two intervals is deliberately not the test (it is far too conservative).
 */
public final class ChangeTest {

    private ChangeTest() {
    }

    public static Change between(Period from, SurveyShare first, Period to, SurveyShare second,
            Collection<SeriesBreak> breaks) {
        double difference = second.share() - first.share();
        double se = Math.sqrt(first.standardError() * first.standardError()
                + second.standardError() * second.standardError());
        double z;
        if (se > 0) {
            z = difference / se;
        } else if (se == 0) {
            // Both shares exact (0 or 1 in both years): any difference is real, none is nothing.
            z = difference == 0 ? 0.0 : Math.copySign(Double.POSITIVE_INFINITY, difference);
        } else {
            z = Double.NaN;
        }
        boolean outside = Math.abs(z) > ShareIntervals.Z_975;
        return new Change(from, to, first.share(), second.share(), difference * 100.0, z, outside,
                !SeriesBreaks.between(from, to, breaks), first.suppressed() || second.suppressed());
    }
}
