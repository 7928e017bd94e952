package no.framdrift.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import no.framdrift.domain.Period;
import no.framdrift.domain.Unit;

class AvailabilityAndCompositeTest {

    static final List<ServiceUnit> MUNICIPALITIES = List.of(
            new ServiceUnit("Oslo", 717_710, true),
            new ServiceUnit("Bergen", 291_189, false),
            new ServiceUnit("Tromsø", 78_745, true),
            new ServiceUnit("Utsira", 200, false));

    @Test
    void populationWeightedAvailabilityCountsInhabitantsNotMunicipalities() {
        Ratio r = Availability.populationWeighted(MUNICIPALITIES);
        // (717 710 + 78 745) / (717 710 + 291 189 + 78 745 + 200) = 796 455 / 1 087 844
        assertThat(r.numerator()).isEqualTo(796_455);
        assertThat(r.denominator()).isEqualTo(1_087_844);
        assertThat(r.value()).isCloseTo(0.7321408216619295, within(1e-12));
    }

    @Test
    void shareOfUnitsCountsEachMunicipalityOnce() {
        Ratio r = Availability.shareOfUnits(MUNICIPALITIES);
        assertThat(r.value()).isEqualTo(0.5);
        assertThat(Availability.shareOfUnits(List.of()).value()).isNaN();
    }

    @Test
    void growthAgainstTheSamePeriodOneAndTwoYearsEarlier() {
        Map<Period, Double> applications = new HashMap<>();
        applications.put(Period.half(2023, 1), 167.0);
        applications.put(Period.half(2024, 1), 183.0);
        applications.put(Period.half(2024, 2), 999.0);
        applications.put(Period.half(2025, 1), 244.0);

        Growth g = CountGrowth.at(applications, Period.half(2025, 1)).orElseThrow();
        // (244/183 − 1)·100 = 33.333…; (244/167 − 1)·100 = 46.107784…
        assertThat(g.percentOnOneYear().getAsDouble()).isCloseTo(100.0 / 3.0, within(1e-9));
        assertThat(g.percentOnTwoYears().getAsDouble()).isCloseTo(46.10778443113772, within(1e-9));
        assertThat(g.oneYearEarlier().getAsDouble()).isEqualTo(183.0);

        Growth first = CountGrowth.at(applications, Period.half(2023, 1)).orElseThrow();
        assertThat(first.percentOnOneYear()).isEmpty();
        assertThat(CountGrowth.at(applications, Period.half(2022, 1))).isEmpty();
    }

    @Test
    void compositeIndexIsTheWeightedMeanOfPartsWithOneUnit() {
        List<CompositePart> parts = List.of(
                new CompositePart("DIGIHELSESTASJON", Unit.PERCENT, 79, 1),
                new CompositePart("DIGIHELSE", Unit.PERCENT, 89, 1),
                new CompositePart("DDFL", Unit.PERCENT, 94, 2));
        // (79 + 89 + 2·94) / 4 = 89
        assertThat(CompositeIndex.of(parts).getAsDouble()).isCloseTo(89.0, within(1e-12));
    }

    @Test
    void compositeIndexIsEmptyWhenUnitsDifferOrAValueIsMissing() {
        assertThat(CompositeIndex.of(List.of(
                new CompositePart("A", Unit.PERCENT, 79, 1),
                new CompositePart("B", Unit.COUNT, 244, 1)))).isEmpty();
        assertThat(CompositeIndex.of(List.of(
                new CompositePart("A", Unit.PERCENT, 79, 1),
                new CompositePart("B", Unit.PERCENT, Double.NaN, 1)))).isEmpty();
        assertThat(CompositeIndex.of(List.of())).isEmpty();
    }

    @Test
    void averageOfSharesGivesEachQuestionTheSameWeight() {
        // rådsmodell: relevance 0.80 on 50 answers, recommendations 0.60 on 150 answers.
        // Average of shares = 0.70, whatever the sizes; pooling the answers would give 0.65.
        assertThat(CompositeIndex.averageOfShares(List.of(0.80, 0.60)).getAsDouble()).isCloseTo(0.70, within(1e-12));
        assertThat(CompositeIndex.averageOfShares(List.of())).isEmpty();
    }
}
