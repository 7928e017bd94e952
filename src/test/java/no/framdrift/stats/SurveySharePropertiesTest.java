package no.framdrift.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * Properties that must hold for any survey year: 0 ≤ p ≤ 1, 0 ≤ low ≤ p ≤ high ≤ 1, a finite
 * non-negative SE. Random years from a fixed seed, so a failure is reproducible.
 * (A seeded loop rather than jqwik: jqwik 1.10 asks not to be used by AI agents, and one of them
 * writes this code.)
 */
class SurveySharePropertiesTest {

    private static final long SEED = 20251127L;

    @Test
    void shareAndIntervalsStayInsideZeroToOneAndContainTheShare() {
        Random random = new Random(SEED);
        SurveyShares shares = new SurveyShares();
        for (int year = 0; year < 3000; year++) {
            List<SurveyCell> cells = randomYear(random);
            int draw = year;
            for (String profession : new String[] {"Lege", "Sykepleier", "Psykolog"}) {
                shares.ofDomain(cells, g -> profession.equals(g.get("yrke"))).ifPresent(s -> {
                    String what = "draw " + draw + " (seed " + SEED + "), " + profession;
                    assertThat(s.share()).as(what).isBetween(0.0, 1.0);
                    assertThat(s.interval().low()).as(what).isBetween(0.0, s.share());
                    assertThat(s.interval().high()).as(what).isBetween(s.share(), 1.0);
                    assertThat(s.interval().contains(s.share())).as(what).isTrue();
                    s.wilsonInterval().ifPresent(w -> assertThat(w.contains(s.share())).as(what).isTrue());
                    if (s.yearN() >= 2) {
                        assertThat(s.standardError()).as(what).isFinite().isGreaterThanOrEqualTo(0.0);
                    }
                    assertThat(s.n()).isLessThanOrEqualTo(s.yearN());
                });
            }
        }
    }

    @Test
    void wilsonContainsTheShareForEverySizeAndCount() {
        for (int n = 1; n <= 200; n++) {
            for (int k = 0; k <= n; k++) {
                double p = (double) k / n;
                Interval w = ShareIntervals.wilson(p, n);
                assertThat(w.contains(p)).as("%d of %d", k, n).isTrue();
                assertThat(w.low()).isGreaterThanOrEqualTo(0.0);
                assertThat(w.high()).isLessThanOrEqualTo(1.0);
            }
        }
    }

    private static List<SurveyCell> randomYear(Random random) {
        boolean weighted = random.nextBoolean();
        List<SurveyCell> cells = new ArrayList<>();
        int cellCount = 1 + random.nextInt(8);
        String[] professions = {"Lege", "Sykepleier", "Psykolog"};
        for (int i = 0; i < cellCount; i++) {
            long count = 1 + random.nextInt(random.nextBoolean() ? 5 : 500);
            double sumW;
            double sumW2;
            if (weighted) {
                // Σw² lies between (Σw)²/count (equal weights) and (Σw)² (one weight carries all)
                sumW = count * (0.05 + 3 * random.nextDouble());
                double equal = sumW * sumW / count;
                sumW2 = equal + random.nextDouble() * (sumW * sumW - equal);
            } else {
                sumW = count;
                sumW2 = count;
            }
            cells.add(new SurveyCell(Map.of("yrke", professions[random.nextInt(3)]), random.nextDouble() < 0.5,
                    count, sumW, sumW2));
        }
        return cells;
    }
}
