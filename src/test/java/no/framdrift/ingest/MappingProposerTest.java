package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.framdrift.domain.ImportKind;
import org.junit.jupiter.api.Test;

class MappingProposerTest {

    @Test
    void surveyHeadersGiveYearWeightBackgroundAndQuestions() {
        ImportProfile p = MappingProposer.propose("ny", List.of("ID", "År", "Vekt", "Profesjon", "Kjønn", "Helseregion", "spm_epj"));
        assertThat(p.kind()).isEqualTo(ImportKind.SURVEY);
        assertThat(p.survey().year()).isEqualTo("År");
        assertThat(p.survey().weight()).isEqualTo("Vekt");
        assertThat(p.survey().background()).containsOnlyKeys("profesjon", "kjonn", "helseregion");
        assertThat(p.survey().background().get("kjonn")).isEqualTo("Kjønn");
        assertThat(p.survey().questions()).extracting(ImportProfile.Question::column).containsExactly("spm_epj");
    }

    @Test
    void englishSurveyHeaders() {
        ImportProfile p = MappingProposer.propose("ny", List.of("year", "weight", "gender", "q1"));
        assertThat(p.survey().year()).isEqualTo("year");
        assertThat(p.survey().weight()).isEqualTo("weight");
    }

    @Test
    void registryHeadersGivePeriodAreaNumeratorDenominator() {
        ImportProfile p = MappingProposer.propose("ny", List.of("Måned", "Kommunenr", "Antall", "Befolkning"));
        assertThat(p.kind()).isEqualTo(ImportKind.REGISTRY);
        assertThat(p.registry().period()).isEqualTo("Måned");
        assertThat(p.registry().area()).isEqualTo("Kommunenr");
        assertThat(p.registry().areaScheme()).isEqualTo(ImportProfile.AreaScheme.MUNICIPALITY_NUMBER);
        assertThat(p.registry().numerator()).isEqualTo("Antall");
        assertThat(p.registry().denominator()).isEqualTo("Befolkning");
    }

    @Test
    void unitListHeaders() {
        ImportProfile p = MappingProposer.propose("ny", List.of("aar", "kommunenr", "kommune", "bruker", "innbyggere"));
        assertThat(p.kind()).isEqualTo(ImportKind.UNITS);
        assertThat(p.units().unitId()).isEqualTo("kommunenr");
        assertThat(p.units().uses()).isEqualTo("bruker");
        assertThat(p.units().population()).isEqualTo("innbyggere");
        assertThat(p.units().period()).isEqualTo("aar");
    }
}
