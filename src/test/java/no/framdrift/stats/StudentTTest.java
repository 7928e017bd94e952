package no.framdrift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class StudentTTest {

    @ParameterizedTest(name = "t(0.975, {0}) = {1}")
    @CsvSource({
            "9, 2.262157163",
            "29, 2.045229642",
            "99, 1.984216952",
            "999, 1.962341461",
            "1, 12.706204736",
            "2, 4.302652730",
            "7, 2.364624252"})
    void quantileMatchesPublishedTables(double df, double expected) {
        assertThat(StudentT.quantile(0.975, df)).isCloseTo(expected, within(1e-9));
    }

    @Test
    void quantileIsSymmetricAndZeroAtTheMedian() {
        assertThat(StudentT.quantile(0.025, 9)).isCloseTo(-2.262157163, within(1e-9));
        assertThat(StudentT.quantile(0.5, 9)).isZero();
    }

    @Test
    void farTailAndLargeDegreesOfFreedom() {
        // scipy.stats.t.ppf(0.9999, 3) = 22.203742273205; t.ppf(0.975, 999999) = 1.9599663568164791
        assertThat(StudentT.quantile(0.9999, 3)).isCloseTo(22.203742273205, within(1e-8));
        assertThat(StudentT.quantile(0.975, 999_999)).isCloseTo(1.9599663568164791, within(1e-8));
    }

    @Test
    void cdfInvertsTheQuantile() {
        for (double df : new double[] {1, 3.5, 12, 250}) {
            for (double p : new double[] {0.001, 0.1, 0.6, 0.975, 0.999}) {
                assertThat(StudentT.cdf(StudentT.quantile(p, df), df)).isCloseTo(p, within(1e-12));
            }
        }
        // One degree of freedom is the Cauchy distribution: P(T ≤ 1) = 3/4.
        assertThat(StudentT.cdf(1.0, 1)).isCloseTo(0.75, within(1e-14));
    }

    @Test
    void logGammaMatchesFactorials() {
        assertThat(StudentT.logGamma(10)).isCloseTo(Math.log(362_880), within(1e-13));
        assertThat(StudentT.logGamma(0.5)).isCloseTo(0.5 * Math.log(Math.PI), within(1e-13));
    }

    @Test
    void rejectsMeaninglessArguments() {
        assertThatThrownBy(() -> StudentT.quantile(1.5, 9)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StudentT.quantile(0.975, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
