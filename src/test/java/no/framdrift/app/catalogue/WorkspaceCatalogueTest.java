package no.framdrift.app.catalogue;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.framdrift.domain.Ambition;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.GoalKind;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorChange;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.TimeAggregation;
import no.framdrift.domain.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import no.framdrift.app.Workspace;

class WorkspaceCatalogueTest {

    @TempDir
    Path dir;

    @Test
    void newDataFolderHoldsTheWholeSeedCatalogue() {
        try (Workspace ws = SampleWorkspaces.open(dir)) {
            Catalogue c = ws.catalogue().load();
            assertThat(c.goals()).hasSize(8);
            assertThat(c.goals().stream().filter(g -> g.kind() == GoalKind.OVERARCHING).map(g -> g.name()))
                    .containsExactly("Kvalitet og sammenheng i tjenestene", "Bærekraftig helse- og omsorgssektor",
                            "Innovasjonskraft");
            assertThat(c.goals().stream().filter(g -> g.kind() == GoalKind.STRATEGIC).map(g -> g.title()))
                    .containsExactly("Mål 1: Aktiv medvirkning i egen og næres helse", "Mål 2: Enklere arbeidshverdag",
                            "Mål 3: Helsedata til fornying og forbedring",
                            "Mål 4: Tilgjengelig informasjon og styrket samhandling",
                            "Mål 5: Samarbeid og virkemidler som styrker gjennomføringskraft");
            assertThat(c.topLevel()).hasSize(24);
            assertThat(c.futureIndicators()).hasSize(8);
            assertThat(c.topLevelIn("MAL2").stream().map(Indicator::name)).containsExactly(
                    "Opplevd tilgang til pasientinformasjon", "EPJ-systemet bidrar til effektivt pasientarbeid",
                    "Digital plunder og heft");
        }
    }

    @Test
    void sampleFieldsAreExact() {
        try (Workspace ws = SampleWorkspaces.open(dir)) {
            Catalogue c = ws.catalogue().load();
            Indicator pll = c.indicator("PLL").orElseThrow();
            assertThat(pll.name()).isEqualTo("Pasientens legemiddelliste");
            assertThat(pll.status()).isEqualTo(Status.KLAR);
            assertThat(pll.frequency()).isEqualTo(Frequency.LOPENDE);
            assertThat(pll.kind()).isEqualTo(IndicatorKind.REGISTRY_SHARE);
            assertThat(pll.sources()).contains("Reseptformidleren");
            assertThat(pll.ambitionFor(2026).flatMap(Ambition::targetValue)).hasValue(25.0);
            assertThat(pll.ambitionFor(2030)).hasValueSatisfying(a -> assertThat(a.isSet()).isFalse());

            Indicator helsenorge = c.indicator("HELSENORGE_TILGJENGELIGHET").orElseThrow();
            assertThat(helsenorge.kind()).isEqualTo(IndicatorKind.COMPOSITE);
            assertThat(c.partsOf(helsenorge).stream().map(Indicator::code))
                    .containsExactly("DIGIHELSESTASJON", "DIGIHELSE", "DDFL");

            Indicator epj = c.indicator("EPJ_KVALITET").orElseThrow();
            assertThat(epj.sources()).containsExactly("Helsepersonellundersøkelsen");
            assertThat(epj.baseline().text()).isEqualTo("Utgangspunkt er måling gjennomført i 2021.");
            assertThat(epj.seriesBreaks()).singleElement().satisfies(b -> {
                assertThat(b.period()).isEqualTo("2022");
                assertThat(b.note()).contains("«verken enig eller uenig»");
            });
            assertThat(epj.ambitionSummary()).isEqualTo("Ambisjon: XX % i 2030");

            Indicator tillit = c.indicator("TILLIT").orElseThrow();
            assertThat(tillit.sources()).containsExactly("Innbyggerundersøkelsen");
            assertThat(tillit.note()).contains("Helsepersonellundersøkelsen").contains("Innbyggerundersøkelsen");

            assertThat(c.indicator("FULLMAKT").orElseThrow().timeAggregation()).isEqualTo(TimeAggregation.MEAN_OF_MONTHS);
            assertThat(c.indicator("BEHOVSSTYRT_POLIKLINIKK").orElseThrow().status()).isEqualTo(Status.AVVENT);
            assertThat(c.futureIndicators().stream().filter(f -> f.goal().equals("MAL4")).map(f -> f.name()))
                    .containsExactly("Overgang til ICD11", "EHDS-indikator (My Health@EU)");
        }
    }

    @Test
    void editIsValidatedSavedRecordedAndSurvivesARestart() {
        try (Workspace ws = SampleWorkspaces.open(dir)) {
            Indicator pll = ws.catalogue().load().indicator("PLL").orElseThrow();
            List<Ambition> ambitions = new ArrayList<>(pll.ambitions());
            ambitions.set(1, new Ambition(2030, 40.0, "40 % i 2030"));
            Indicator edited = pll.toBuilder().measures("Andel med PLL – endret av forvalter").status(Status.UNDER_ARBEID)
                    .ambitions(ambitions).build();
            CatalogueService.SaveResult result = ws.catalogue().save(edited, "PLL");
            assertThat(result.saved()).isTrue();
            assertThat(result.changes()).extracting(IndicatorChange::field)
                    .containsExactlyInAnyOrder("measures", "status", "ambitions");
        }
        try (Workspace ws = SampleWorkspaces.open(dir)) {
            Indicator pll = ws.catalogue().load().indicator("PLL").orElseThrow();
            assertThat(pll.measures()).isEqualTo("Andel med PLL – endret av forvalter");
            assertThat(pll.status()).isEqualTo(Status.UNDER_ARBEID);
            assertThat(pll.ambitionFor(2030).flatMap(Ambition::targetValue)).hasValue(40.0);
            assertThat(pll.ambitionSummary()).isEqualTo("Ambisjon: 40,0 % i 2030");
            List<IndicatorChange> history = ws.catalogue().history("PLL");
            assertThat(history).hasSize(3);
            IndicatorChange status = history.stream().filter(h -> h.field().equals("status")).findFirst().orElseThrow();
            assertThat(status.oldValue()).isEqualTo("KLAR");
            assertThat(status.newValue()).isEqualTo("UNDER_ARBEID");
            IndicatorChange amb = history.stream().filter(h -> h.field().equals("ambitions")).findFirst().orElseThrow();
            assertThat(amb.oldValue()).isEqualTo("2026=25,0, 2030=XX");
            assertThat(amb.newValue()).isEqualTo("2026=25,0, 2030=40,0");
        }
    }

    @Test
    void invalidEditIsRefusedAndNothingIsWritten() {
        try (Workspace ws = SampleWorkspaces.open(dir)) {
            Indicator pll = ws.catalogue().load().indicator("PLL").orElseThrow();
            Indicator bad = pll.toBuilder().name(" ").ambitions(List.of(new Ambition(2040, 120.0, null))).build();
            CatalogueService.SaveResult result = ws.catalogue().save(bad, "PLL");
            assertThat(result.saved()).isFalse();
            assertThat(result.problems()).extracting(p -> p.field() + ":" + p.messageKey()).containsExactlyInAnyOrder(
                    "name:validation.name.required", "ambitions:validation.ambition.year",
                    "ambitions:validation.ambition.percent");
            assertThat(ws.catalogue().load().indicator("PLL").orElseThrow().name()).isEqualTo("Pasientens legemiddelliste");
            assertThat(ws.catalogue().history("PLL")).isEmpty();

            Indicator clash = pll.toBuilder().code("EPJ_KVALITET").build();
            assertThat(ws.catalogue().save(clash, null).problems()).extracting(p -> p.messageKey())
                    .containsExactly("validation.code.unique");
        }
    }

    @Test
    void assessmentsAreListedNewestFirst() {
        try (Workspace ws = SampleWorkspaces.open(dir)) {
            ws.catalogue().saveAssessment("PLL", "2025Q1", "Første kvartal.");
            ws.catalogue().saveAssessment("PLL", "2025Q3", "PLL er i bredding i Bergensområdet.");
            ws.catalogue().saveAssessment("PLL", "2024", "Året før.");
            ws.catalogue().saveAssessment("PLL", "2025Q1", "Første kvartal, rettet.");
            assertThat(ws.catalogue().assessments("PLL")).extracting(a -> a.period() + " " + a.text()).containsExactly(
                    "2025Q3 PLL er i bredding i Bergensområdet.", "2025Q1 Første kvartal, rettet.", "2024 Året før.");
        }
    }

    @Test
    void exportedCatalogueMergesByCodeShowingChangesFirst() throws Exception {
        Path file = dir.resolve("katalog.framdrift.json");
        Path other = dir.resolve("other");
        try (Workspace ws = SampleWorkspaces.open(dir.resolve("a"))) {
            Indicator tillit = ws.catalogue().load().indicator("TILLIT").orElseThrow();
            ws.catalogue().save(tillit.toBuilder().status(Status.AVVENT).build(), "TILLIT");
            ws.catalogue().exportJson(file);
        }
        assertThat(Files.readString(file)).contains("\"code\" : \"TILLIT\"");
        try (Workspace ws = SampleWorkspaces.open(other)) {
            CatalogueMerge merge = ws.catalogue().previewImport(file);
            assertThat(merge.added()).isEmpty();
            assertThat(merge.changed()).containsOnlyKeys("TILLIT");
            assertThat(merge.changed().get("TILLIT")).extracting(IndicatorChange::field, IndicatorChange::oldValue,
                    IndicatorChange::newValue).containsExactly(org.assertj.core.groups.Tuple.tuple("status", "KLAR", "AVVENT"));
            assertThat(merge.summary()).isEqualTo("0 nye, 1 endrede, 37 uendrede indikatorer");
            // preview wrote nothing
            assertThat(ws.catalogue().load().indicator("TILLIT").orElseThrow().status()).isEqualTo(Status.KLAR);
            ws.catalogue().applyImport(merge);
            assertThat(ws.catalogue().load().indicator("TILLIT").orElseThrow().status()).isEqualTo(Status.AVVENT);
            assertThat(ws.catalogue().history("TILLIT")).hasSize(1);
        }
    }
}
