package no.framdrift.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaDirectoryTest {

    final AreaDirectory areas = AreaDirectory.standard();

    @Test
    void norwayRegionsCountiesAndMunicipalitiesOf2024() {
        assertThat(areas.ofLevel(AreaLevel.NATION)).hasSize(1);
        assertThat(areas.ofLevel(AreaLevel.REGION)).extracting(Area::name)
                .containsExactly("Helse Sør-Øst", "Helse Vest", "Helse Midt-Norge", "Helse Nord");
        assertThat(areas.ofLevel(AreaLevel.COUNTY)).hasSize(15);
        assertThat(areas.ofLevel(AreaLevel.MUNICIPALITY)).hasSize(357);
        Area bergen = areas.byCode("4601").orElseThrow();
        assertThat(bergen.name()).isEqualTo("Bergen");
        assertThat(bergen.countyCode()).isEqualTo("46");
        assertThat(bergen.regionCode()).isEqualTo("HV");
        assertThat(areas.byCode("5501").orElseThrow().regionCode()).isEqualTo("HN");
        assertThat(areas.municipalitiesOf("HN")).hasSize(80).contains("1804", "5501", "5601");
    }

    @Test
    void namesAreFoundWhateverTheSpelling() {
        assertThat(areas.byName("Kautokeino")).map(Area::code).contains("5612");
        assertThat(areas.byName("Guovdageaidnu - Kautokeino")).map(Area::code).contains("5612");
        assertThat(areas.byName("BERGEN KOMMUNE")).map(Area::code).contains("4601");
        assertThat(areas.byName("Helse Nord RHF")).map(Area::code).contains("HN");
        assertThat(areas.byName("Herøy")).isEmpty(); // two municipalities share the name
        assertThat(areas.byName("Oslo", AreaLevel.MUNICIPALITY)).map(Area::code).contains("0301");
    }

    @Test
    void aNameKeyIgnoresCaseSpacesSuffixesAndAccents() {
        assertThat(AreaDirectory.nameKey("  Bø  i Telemark kommune ")).isEqualTo("bo i telemark");
        assertThat(AreaDirectory.nameKey("Helse Sør-Øst RHF")).isEqualTo("helse sor-ost");
        assertThat(AreaDirectory.nameKey("Unjárga - Nesseby")).isEqualTo("unjarga - nesseby");
        assertThat(AreaDirectory.nameKey("Troms fylkeskommune")).isEqualTo("troms");
        assertThat(AreaDirectory.nameKey("Åsnes")).isEqualTo("aasnes");
        assertThat(AreaDirectory.nameKey("Porsanger")).isEqualTo("porsanger");
    }

    @Test
    void bergensomradetIsASetOfMunicipalities() {
        Area a = areas.byName("Bergensområdet").orElseThrow();
        assertThat(a.level()).isEqualTo(AreaLevel.CUSTOM);
        assertThat(areas.municipalitiesOf(a.code())).containsExactlyInAnyOrder("4601", "4627", "4626", "4624", "4631", "4630",
                "4628", "4623");
    }
}
