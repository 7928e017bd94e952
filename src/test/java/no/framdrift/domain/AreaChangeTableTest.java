package no.framdrift.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The 2020–2023 → 2024 change table shipped in reference/area-changes.csv. */
class AreaChangeTableTest {

    private final AreaDirectory areas = AreaDirectory.standard();

    @Test
    void haldenWasRenumberedFrom3001To3101() {
        assertThat(areas.successorOf("3001")).map(Area::code).contains("3101");
        assertThat(areas.successorOf("3001")).map(Area::name).contains("Halden");
        AreaChange c = areas.changesOf("3001").get(0);
        assertThat(c.kind()).isEqualTo(AreaChange.Kind.RENUMBERED);
        assertThat(c.validYears()).isEqualTo("2020–2023");
        assertThat(areas.successorOf("5444")).map(Area::code).contains("5605"); // Sør-Varanger
        assertThat(areas.successorOf("3053")).map(Area::countyCode).contains("32"); // Jevnaker went to Akershus
    }

    @Test
    void splitCountiesAndÅlesundHaveSeveralSuccessorsAndNoSingleOne() {
        assertThat(areas.changesOf("30")).extracting(AreaChange::successor).containsExactly("31", "32", "33");
        assertThat(areas.changesOf("38")).extracting(AreaChange::successor).containsExactly("39", "40");
        assertThat(areas.changesOf("54")).extracting(AreaChange::successor).containsExactly("55", "56");
        assertThat(areas.changesOf("1507")).extracting(AreaChange::successorName).containsExactly("Ålesund", "Haram");
        assertThat(areas.successorOf("30")).isEmpty();
        assertThat(areas.successorOf("1507")).isEmpty();
    }

    @Test
    void everyChangedMunicipalityHasACurrentSuccessorAndNoCurrentCodeIsReused() {
        List<String> oldMunicipalities = java.util.stream.IntStream.rangeClosed(0, 9999)
                .mapToObj(i -> String.format("%04d", i)).filter(c -> !areas.changesOf(c).isEmpty()).toList();
        // 114 municipalities changed on 2024-01-01 (KS: "involverer 114 av landets kommuner")
        assertThat(oldMunicipalities).hasSize(114).contains("3001", "3801", "5401", "1507");
        for (String code : oldMunicipalities) {
            assertThat(areas.byCode(code)).as(code + " is no 2024 code").isEmpty();
            areas.changesOf(code).forEach(c -> assertThat(areas.byCode(c.successor())).as(c.successor()).isPresent());
        }
        Set<String> successors = oldMunicipalities.stream().flatMap(c -> areas.changesOf(c).stream())
                .map(AreaChange::successor).collect(Collectors.toSet());
        assertThat(successors).hasSize(115); // Ålesund became two
    }
}
