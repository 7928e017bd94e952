package no.framdrift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

class SurveySharesTest {

    /** One respondent of the hand-worked extract; only the test ever sees respondent rows. */
    record Respondent(String profession, String region, boolean agrees, double weight) {
    }

    /**
     * Eight weighted respondents in two professions.
     * <pre>
     * Lege:        agrees w=1.5, agrees w=0.5, disagrees w=2.0, agrees w=1.0
     * Sykepleier:  disagrees w=1.0, agrees w=2.5, disagrees w=0.5, disagrees w=1.5
     * </pre>
     */
    static final List<Respondent> EXTRACT = List.of(
            new Respondent("Lege", "Nord", true, 1.5),
            new Respondent("Lege", "Sør", true, 0.5),
            new Respondent("Lege", "Nord", false, 2.0),
            new Respondent("Lege", "Sør", true, 1.0),
            new Respondent("Sykepleier", "Nord", false, 1.0),
            new Respondent("Sykepleier", "Sør", true, 2.5),
            new Respondent("Sykepleier", "Nord", false, 0.5),
            new Respondent("Sykepleier", "Sør", false, 1.5));

    private final SurveyShares shares = new SurveyShares(new SuppressionSettings(3, 5));

    /** What the import does: reduce respondents to count, Σw, Σw² per cell. */
    static List<SurveyCell> cells(List<Respondent> respondents) {
        Map<List<Object>, double[]> sums = new HashMap<>();
        for (Respondent r : respondents) {
            double[] s = sums.computeIfAbsent(List.of(r.profession(), r.region(), r.agrees()), k -> new double[3]);
            s[0] += 1;
            s[1] += r.weight();
            s[2] += r.weight() * r.weight();
        }
        List<SurveyCell> cells = new ArrayList<>();
        sums.forEach((k, s) -> cells.add(new SurveyCell(
                Map.of("yrke", (String) k.get(0), "region", (String) k.get(1)), (Boolean) k.get(2),
                (long) s[0], s[1], s[2])));
        return cells;
    }

    @Test
    void domainShareStandardErrorAndLogitIntervalWorkedByHand() {
        // Lege: Σw = 1.5 + 0.5 + 2.0 + 1.0 = 5.0; Σw·y = 3.0; p = 0.6.
        // S₁ = 1.5² + 0.5² + 1.0² = 3.5; S₀ = 2.0² = 4.0.
        // Σ w²(y − p)² = 3.5·0.4² + 4.0·0.6² = 0.56 + 1.44 = 2.0.
        // SE² = n/(n−1)·2.0/5.0² with the YEAR's n = 8: 8/7·0.08 = 16/175; SE = 0.302371578407…
        // t(0.975, 7) = 2.364624251592784 (scipy); logit(0.6) = ln 1.5 = 0.405465108108…
        // half width = 2.3646242516·0.3023715784/0.24 = 2.979151…; expit(0.405465 ∓ 2.979151)
        // = 0.0708515668620 and 0.9672201342561 (python, scipy).
        SurveyShare lege = shares.ofDomain(cells(EXTRACT), g -> "Lege".equals(g.get("yrke"))).orElseThrow();

        assertThat(lege.share()).isCloseTo(0.6, within(1e-12));
        assertThat(lege.standardError()).isCloseTo(Math.sqrt(16.0 / 175.0), within(1e-12));
        assertThat(lege.standardError()).isCloseTo(0.30237157840738177, within(1e-9));
        assertThat(lege.interval().method()).isEqualTo(IntervalMethod.LOGIT);
        assertThat(lege.interval().low()).isCloseTo(0.07085156686202047, within(1e-9));
        assertThat(lege.interval().high()).isCloseTo(0.9672201342560547, within(1e-9));
        assertThat(lege.n()).isEqualTo(4);
        assertThat(lege.yearN()).isEqualTo(8);
        assertThat(lege.sumW()).isCloseTo(5.0, within(1e-12));
        assertThat(lege.weightedNumerator()).isCloseTo(3.0, within(1e-12));
        assertThat(lege.weighted()).isTrue();
        assertThat(lege.wilsonInterval()).isEmpty();
    }

    @Test
    void subgroupStandardErrorUsesTheYearsNotTheSubgroupsN() {
        SurveyShare lege = shares.ofDomain(cells(EXTRACT), g -> "Lege".equals(g.get("yrke"))).orElseThrow();
        // With the subgroup's own n = 4 it would be √(4/3·2/25) = 0.3266; svyby gives √(8/7·2/25).
        assertThat(lege.standardError()).isCloseTo(Math.sqrt(8.0 / 7.0 * 2.0 / 25.0), within(1e-12));
        assertThat(lege.standardError()).isNotCloseTo(Math.sqrt(4.0 / 3.0 * 2.0 / 25.0), within(1e-3));
    }

    @Test
    void wholeYearWorkedByHand() {
        // Σw = 10.5, Σw·y = 1.5 + 0.5 + 1.0 + 2.5 = 5.5, p = 11/21 = 0.523809523…
        // S₁ = 2.25 + 0.25 + 1 + 6.25 = 9.75; S₀ = 4 + 1 + 0.25 + 2.25 = 7.5
        // Σw²(y−p)² = 9.75·(10/21)² + 7.5·(11/21)² = 4.268707483; SE = √(8/7·4.2687/110.25) = 0.2103559846
        SurveyShare year = shares.ofYear(cells(EXTRACT)).orElseThrow();
        assertThat(year.share()).isCloseTo(11.0 / 21.0, within(1e-12));
        assertThat(year.standardError()).isCloseTo(0.21035598458638208, within(1e-9));
        assertThat(year.interval().low()).isCloseTo(0.13023719113640284, within(1e-9));
        assertThat(year.interval().high()).isCloseTo(0.8898768272707328, within(1e-9));
        assertThat(year.n()).isEqualTo(8);
    }

    @Test
    void agreesWithAStraightforwardPerRespondentComputationForEveryDomain() {
        List<SurveyCell> cells = cells(EXTRACT);
        List<Predicate<Respondent>> domains = List.of(
                r -> true,
                r -> r.profession().equals("Lege"),
                r -> r.profession().equals("Sykepleier"),
                r -> r.region().equals("Nord"),
                r -> r.profession().equals("Sykepleier") && r.region().equals("Sør"));
        List<Predicate<Map<String, String>>> sameDomains = List.of(
                g -> true,
                g -> g.get("yrke").equals("Lege"),
                g -> g.get("yrke").equals("Sykepleier"),
                g -> g.get("region").equals("Nord"),
                g -> g.get("yrke").equals("Sykepleier") && g.get("region").equals("Sør"));
        for (int i = 0; i < domains.size(); i++) {
            double[] reference = perRespondent(EXTRACT, domains.get(i));
            SurveyShare s = shares.ofDomain(cells, sameDomains.get(i)).orElseThrow();
            assertThat(s.share()).as("domain %d", i).isCloseTo(reference[0], within(1e-12));
            assertThat(s.standardError()).as("domain %d", i).isCloseTo(reference[1], within(1e-12));
        }
    }

    /** DESIGN.md's respondent-level formulas, written out as plainly as possible: {p, SE}. */
    private static double[] perRespondent(List<Respondent> all, Predicate<Respondent> inDomain) {
        int n = all.size();
        double sumW = 0;
        double sumWy = 0;
        for (Respondent r : all) {
            if (inDomain.test(r)) {
                sumW += r.weight();
                sumWy += r.weight() * (r.agrees() ? 1 : 0);
            }
        }
        double p = sumWy / sumW;
        double squares = 0;
        for (Respondent r : all) {
            if (inDomain.test(r)) {
                double residual = (r.agrees() ? 1 : 0) - p;
                squares += r.weight() * r.weight() * residual * residual;
            }
        }
        return new double[] {p, Math.sqrt((double) n / (n - 1) * squares / (sumW * sumW))};
    }

    @Test
    void unweightedShareReportsWilsonOnTheDomainsN() {
        // 40 answers, 12 agree, all weights 1: p = 0.3, SE = √(0.3·0.7/39) = 0.0733799385705
        List<SurveyCell> cells = List.of(
                SurveyCell.unweighted(Map.of("yrke", "Lege"), true, 12),
                SurveyCell.unweighted(Map.of("yrke", "Lege"), false, 28));
        SurveyShare s = new SurveyShares().ofYear(cells).orElseThrow();

        assertThat(s.weighted()).isFalse();
        assertThat(s.share()).isCloseTo(0.3, within(1e-12));
        assertThat(s.standardError()).isCloseTo(0.07337993857053428, within(1e-12));
        assertThat(s.interval().low()).isCloseTo(0.1744972997146906, within(1e-9));
        assertThat(s.interval().high()).isCloseTo(0.46492956947855063, within(1e-9));
        // Wilson, z = 1.959964, n = 40 (python): 0.180748451549, 0.454300189434
        Interval wilson = s.wilsonInterval().orElseThrow();
        assertThat(wilson.method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(wilson.low()).isCloseTo(0.18074845154920366, within(1e-9));
        assertThat(wilson.high()).isCloseTo(0.45430018943418177, within(1e-9));
        assertThat(s.suppressed()).isFalse();
    }

    @Test
    void smallDomainsAreSuppressedAtTheThreshold() {
        List<SurveyCell> cells = List.of(
                SurveyCell.unweighted(Map.of("yrke", "Lege"), true, 20),
                SurveyCell.unweighted(Map.of("yrke", "Lege"), false, 9),
                SurveyCell.unweighted(Map.of("yrke", "Psykolog"), true, 15),
                SurveyCell.unweighted(Map.of("yrke", "Psykolog"), false, 15));
        Map<List<String>, SurveyShare> byProfession = new SurveyShares().byGroups(cells, List.of("yrke"));

        assertThat(byProfession.get(List.of("Lege")).n()).isEqualTo(29);
        assertThat(byProfession.get(List.of("Lege")).suppressed()).isTrue();
        assertThat(byProfession.get(List.of("Psykolog")).n()).isEqualTo(30);
        assertThat(byProfession.get(List.of("Psykolog")).suppressed()).isFalse();
    }

    @Test
    void byGroupsCrossesProfessionAndRegionInSortedOrder() {
        Map<List<String>, SurveyShare> crossed = shares.byGroups(cells(EXTRACT), List.of("yrke", "region"));

        assertThat(crossed.keySet()).containsExactly(
                List.of("Lege", "Nord"), List.of("Lege", "Sør"),
                List.of("Sykepleier", "Nord"), List.of("Sykepleier", "Sør"));
        // Lege × Nord: agrees w=1.5, disagrees w=2.0 → p = 1.5/3.5 = 3/7
        SurveyShare legeNord = crossed.get(List.of("Lege", "Nord"));
        assertThat(legeNord.share()).isCloseTo(3.0 / 7.0, within(1e-12));
        assertThat(legeNord.yearN()).isEqualTo(8);
        // Σw²(y−p)² = 2.25·(4/7)² + 4·(3/7)² = 36/49 + 36/49 = 72/49; SE² = 8/7·(72/49)/12.25
        assertThat(legeNord.standardError()).isCloseTo(Math.sqrt(8.0 / 7.0 * (72.0 / 49.0) / 12.25), within(1e-12));
        // Sykepleier × Nord has no one who agrees: p = 0, the interval falls back to Wilson
        SurveyShare sykepleierNord = crossed.get(List.of("Sykepleier", "Nord"));
        assertThat(sykepleierNord.share()).isZero();
        assertThat(sykepleierNord.standardError()).isZero();
        assertThat(sykepleierNord.interval().method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(sykepleierNord.interval().low()).isZero();
        assertThat(sykepleierNord.interval().high()).isGreaterThan(0.3);
    }

    @Test
    void shareOfZeroUsesWilsonOnKishsEffectiveN() {
        // Σw = 3, Σw² = 5 → effective n = 9/5 = 1.8; Wilson upper end at p = 0 is z²/(n+z²)
        List<SurveyCell> cells = List.of(
                new SurveyCell(Map.of("yrke", "Lege"), false, 2, 3.0, 5.0),
                new SurveyCell(Map.of("yrke", "Annet"), true, 2, 2.0, 2.0));
        SurveyShare lege = shares.ofDomain(cells, g -> g.get("yrke").equals("Lege")).orElseThrow();
        double z2 = 1.959964 * 1.959964;
        assertThat(lege.interval().high()).isCloseTo(z2 / (1.8 + z2), within(1e-12));
        assertThat(lege.interval().contains(0.0)).isTrue();
    }

    @Test
    void aDomainWithoutAnswersHasNoShare() {
        assertThat(shares.ofDomain(cells(EXTRACT), g -> "Jordmor".equals(g.get("yrke")))).isEmpty();
        assertThat(shares.ofYear(List.of())).isEmpty();
    }

    @Test
    void aYearOfOneAnswerHasNoStandardErrorButStillAnInterval() {
        SurveyShare one = shares.ofYear(List.of(SurveyCell.unweighted(Map.of(), true, 1))).orElseThrow();
        assertThat(one.standardError()).isNaN();
        assertThat(one.interval().method()).isEqualTo(IntervalMethod.WILSON);
        assertThat(one.interval().contains(1.0)).isTrue();
    }

    @Test
    void aStoredWeightWhoseSquareOverflowsGivesNoShareInsteadOfThrowing() {
        // issue 18: one stored weight of 1e200 (Σw² = ∞) made every recompute throw in the Wilson interval
        List<SurveyCell> cells = List.of(
                new SurveyCell(Map.of("yrke", "Lege"), true, 1, 1e200, Double.POSITIVE_INFINITY),
                new SurveyCell(Map.of("yrke", "Lege"), false, 40, 40.0, 40.0));
        assertThat(shares.ofYear(cells)).isEmpty();
        assertThat(shares.byGroups(cells, List.of("yrke"))).isEmpty();
        // the ordinary cells alone still give their share
        assertThat(shares.ofYear(List.of(new SurveyCell(Map.of("yrke", "Lege"), true, 10, 10.0, 10.0),
                new SurveyCell(Map.of("yrke", "Lege"), false, 30, 30.0, 30.0)))).get()
                .satisfies(s -> assertThat(s.share()).isCloseTo(0.25, within(1e-12)));
    }
}
