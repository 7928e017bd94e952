package no.framdrift.app.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.ImportKind;
import no.framdrift.domain.Period;
import no.framdrift.domain.RegistryValue;
import no.framdrift.domain.SurveyCell;
import no.framdrift.ingest.ImportCancelled;
import no.framdrift.ingest.ImportProblem;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.ingest.ImportProfile.AreaScheme;
import no.framdrift.store.Database;
import no.framdrift.store.ImportBatchRepository;
import no.framdrift.store.RegistryValueRepository;
import no.framdrift.store.SurveyCellRepository;
import no.framdrift.store.Transactor;
import no.framdrift.store.UnitListRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The import use case on a real H2 file: every bad input is named and leaves the database as it was. */
class ImportServiceTest {

    @TempDir
    Path dir;
    Database db;
    Transactor tx;
    ImportService imports;

    static final List<String> AGREE = List.of("Helt enig", "Ganske enig", "Verken enig eller uenig", "Ganske uenig", "Helt uenig");

    static ImportProfile survey(String weight) {
        return new ImportProfile("test-survey", ImportKind.SURVEY, null, null,
                new ImportProfile.Survey("aar", null, weight, Map.of("profesjon", "profesjon"), List.of(
                        new ImportProfile.Question("q1", "EPJ_KVALITET", null, Map.of("5", "Helt enig", "4", "Ganske enig",
                                "3", "Verken enig eller uenig", "2", "Ganske uenig", "1", "Helt uenig", "9", "Vet ikke"),
                                AGREE, List.of("Helt enig", "Ganske enig"), List.of("Vet ikke")))), null, null, null);
    }

    static ImportProfile registry() {
        return new ImportProfile("test-registry", ImportKind.REGISTRY, null, null, null,
                new ImportProfile.Registry("PLL", null, "periode", "kommunenr", AreaScheme.MUNICIPALITY_NUMBER, "teller", "nevner",
                        null, null, null), null, null);
    }

    @BeforeEach
    void open() {
        db = Database.open(dir.resolve("data"));
        tx = new Transactor(db.dsl());
        imports = new ImportService(tx, AreaDirectory::standard,
                () -> Set.of("EPJ_KVALITET", "PLL", "DDFL", "HELSEDATA"), Clock.systemUTC());
    }

    @AfterEach
    void close() {
        db.close();
    }

    Path file(String name, String content) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, content, StandardCharsets.UTF_8);
        return f;
    }

    /** Rows in every import table. */
    List<Integer> counts() {
        return tx.inTransaction(dsl -> List.of(new ImportBatchRepository(dsl).count(), new SurveyCellRepository(dsl).count(),
                new RegistryValueRepository(dsl).count(), new UnitListRepository(dsl).count()));
    }

    static final String GOOD_SURVEY = """
            aar;vekt;profesjon;q1
            2024;1,5;Lege;5
            2024;0,5;Lege;4
            2024;1,0;Sykepleier;1
            2024;2,0;Sykepleier;9
            2024;1,0;Sykepleier;
            2023;1,0;Lege;3
            """;

    @Test
    void surveyIsReducedToCountsAndWeightSums() throws IOException {
        ImportSummary s = imports.importFile(ImportRequest.of(file("s.csv", GOOD_SURVEY), survey("vekt")));
        assertThat(s.rowsRead()).isEqualTo(6);
        assertThat(s.rowsImported()).isEqualTo(6);
        List<SurveyCell> cells = tx.inTransaction(dsl -> new SurveyCellRepository(dsl).cells("EPJ_KVALITET", 2024));
        // Lege: Helt enig (1.5), Ganske enig (0.5); Sykepleier: Helt uenig (1.0), Vet ikke (2.0), blank (1.0)
        assertThat(cells).hasSize(5);
        SurveyCell helt = cells.stream().filter(c -> c.answer().equals("Helt enig")).findFirst().orElseThrow();
        assertThat(helt.background()).containsExactly(Map.entry("profesjon", "Lege"));
        assertThat(helt.respondents()).isEqualTo(1);
        assertThat(helt.sumW()).isEqualTo(1.5);
        assertThat(helt.sumW2()).isEqualTo(2.25);
        assertThat(helt.positive()).isTrue();
        assertThat(cells.stream().filter(c -> c.answer().equals("Vet ikke") || c.answer().isEmpty()))
                .hasSize(2).allSatisfy(c -> assertThat(c.valid()).isFalse());
        double pos = cells.stream().filter(c -> c.valid() && c.positive()).mapToDouble(SurveyCell::sumW).sum();
        double valid = cells.stream().filter(SurveyCell::valid).mapToDouble(SurveyCell::sumW).sum();
        assertThat(pos / valid).isEqualTo(2.0 / 3.0);
        ImportBatch b = imports.batches().get(0);
        assertThat(b.sha256()).isEqualTo(ImportService.sha256(dir.resolve("s.csv")));
        assertThat(b.fileName()).isEqualTo("s.csv");
        assertThat(b.profileName()).isEqualTo("test-survey");
        assertThat(b.format()).contains("semikolon", "desimalkomma");
    }

    @Test
    void missingMappedColumnIsNamedAndNothingIsWritten() throws IOException {
        List<Integer> before = counts();
        Path f = file("s.csv", GOOD_SURVEY.replace("vekt", "weight"));
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(f, survey("vekt"))))
                .isInstanceOfSatisfying(ImportRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(ImportRefused.Reason.UNREADABLE);
                    ImportProblem p = r.problems().get(0);
                    assertThat(p.row()).isEqualTo(1);
                    assertThat(p.column()).isEqualTo("vekt");
                    assertThat(p.reason()).startsWith("Kolonnen finnes ikke i filen");
                });
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void unknownAnswerLabelIsRefusedWithRowAndColumn() throws IOException {
        Path f = file("s.csv", GOOD_SURVEY + "2024;1,0;Lege;Kanskje\n");
        ImportRefused r = refused(f, survey("vekt"));
        assertThat(r.reason()).isEqualTo(ImportRefused.Reason.PROBLEMS);
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(8);
            assertThat(p.column()).isEqualTo("q1");
            assertThat(p.value()).isEqualTo("Kanskje");
            assertThat(p.reason()).startsWith("Ukjent svar");
            assertThat(p.describe()).startsWith("Rad 8, kolonne «q1»: Ukjent svar");
        });
    }

    @Test
    void weightThatIsNotANumberOrNotPositiveIsRefused() throws IOException {
        Path f = file("s.csv", GOOD_SURVEY + "2024;abc;Lege;5\n2024;0;Lege;5\n2024;-1,5;Lege;5\n");
        ImportRefused r = refused(f, survey("vekt"));
        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(8L, "vekt", "Vekten er ikke et tall"),
                org.assertj.core.groups.Tuple.tuple(9L, "vekt", "Vekten må være større enn 0"),
                org.assertj.core.groups.Tuple.tuple(10L, "vekt", "Vekten må være større enn 0"));
        assertThat(r.report().orElseThrow().badRows()).isEqualTo(3);
    }

    @Test
    void skippingBadRowsImportsTheRestAndCountsTheSkipped() throws IOException {
        Path f = file("s.csv", GOOD_SURVEY + "2024;abc;Lege;5\n2024;1;Lege;Kanskje\n");
        ImportSummary s = imports.importFile(ImportRequest.of(f, survey("vekt")).skippingBadRows(true));
        assertThat(s.rowsRead()).isEqualTo(8);
        assertThat(s.rowsImported()).isEqualTo(6);
        assertThat(s.rowsSkipped()).isEqualTo(2);
        assertThat(imports.batches().get(0).rowsSkipped()).isEqualTo(2);
    }

    static final String GOOD_REGISTRY = """
            periode,kommunenr,teller,nevner
            2025-09,4601,100,1000
            okt.25,4601,120,1000
            2025M09,301,50,2000
            2025-09,4601,10,100
            """;

    @Test
    void registryRowsAreSummedPerAreaAndPeriodInAnySpelling() throws IOException {
        imports.importFile(ImportRequest.of(file("r.csv", GOOD_REGISTRY), registry()));
        List<RegistryValue> v = tx.inTransaction(dsl -> new RegistryValueRepository(dsl).values("PLL", List.of("4601"),
                Period.month(2025, 9), Period.month(2025, 9)));
        assertThat(v).singleElement().satisfies(x -> {
            assertThat(x.numerator()).isEqualTo(110.0);
            assertThat(x.denominator()).isEqualTo(1100.0);
            assertThat(x.areaLevel()).isEqualTo(AreaLevel.MUNICIPALITY);
        });
        List<RegistryValue> oslo = tx.inTransaction(dsl -> new RegistryValueRepository(dsl).values("PLL", List.of("0301"), null, null));
        assertThat(oslo).extracting(RegistryValue::numerator).containsExactly(50.0);
    }

    @Test
    void unknownPeriodIsRefused() throws IOException {
        ImportRefused r = refused(file("r.csv", GOOD_REGISTRY + "2025-13,4601,1,10\n"), registry());
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.column()).isEqualTo("periode");
            assertThat(p.reason()).startsWith("Ukjent periode");
        });
    }

    @Test
    void unknownMunicipalityIsRefused() throws IOException {
        ImportRefused r = refused(file("r.csv", GOOD_REGISTRY + "2025-09,9999,1,10\n"), registry());
        assertThat(r.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(6);
            assertThat(p.column()).isEqualTo("kommunenr");
            assertThat(p.value()).isEqualTo("9999");
            assertThat(p.reason()).isEqualTo("Ukjent kommunenummer");
        });
    }

    @Test
    void negativeCountNumberThatDoesNotParseAndNumeratorAboveDenominatorAreRefused() throws IOException {
        ImportRefused r = refused(file("r.csv", GOOD_REGISTRY + "2025-09,4601,-1,10\n2025-09,4601,x,10\n2025-09,4601,11,10\n"),
                registry());
        assertThat(r.problems()).extracting(ImportProblem::row, ImportProblem::column, ImportProblem::reason).containsExactly(
                org.assertj.core.groups.Tuple.tuple(6L, "teller", "Telleren kan ikke være negativ"),
                org.assertj.core.groups.Tuple.tuple(7L, "teller", "Telleren er ikke et tall"),
                org.assertj.core.groups.Tuple.tuple(8L, "teller", "Telleren er større enn nevneren (10)"));
    }

    @Test
    void emptyAndBinaryFilesGetAClearMessage() throws IOException {
        ImportRefused empty = refused(file("tom.csv", ""), registry());
        assertThat(empty.problems().get(0).reason()).isEqualTo("Filen er tom");
        Path bin = dir.resolve("bin.csv");
        Files.write(bin, new byte[] {0, 1, 2, 3, (byte) 0xff, 0, 0, 7});
        ImportRefused binary = refused(bin, registry());
        assertThat(binary.reason()).isEqualTo(ImportRefused.Reason.UNREADABLE);
        assertThat(binary.problems().get(0).reason()).contains("binært");
    }

    @Test
    void theSameFileAgainIsRecognisedAndCanReplaceTheEarlierBatch() throws IOException {
        Path f = file("r.csv", GOOD_REGISTRY);
        ImportSummary first = imports.importFile(ImportRequest.of(f, registry()));
        List<Integer> after = counts();
        assertThat(imports.earlierImportsOf(f)).extracting(ImportBatch::id).containsExactly(first.batchId());
        ImportRefused r = refused(f, registry());
        assertThat(r.reason()).isEqualTo(ImportRefused.Reason.ALREADY_IMPORTED);
        assertThat(r.earlier().orElseThrow().id()).isEqualTo(first.batchId());
        assertThat(counts()).isEqualTo(after);
        ImportSummary second = imports.importFile(ImportRequest.of(f, registry()).replacing(true));
        assertThat(second.replacedBatches()).containsExactly(first.batchId());
        assertThat(counts()).isEqualTo(after);
        assertThat(imports.batches()).extracting(ImportBatch::id).containsExactly(second.batchId());
    }

    @Test
    void removingABatchTakesItsRowsWithIt() throws IOException {
        List<Integer> before = counts();
        ImportSummary r = imports.importFile(ImportRequest.of(file("r.csv", GOOD_REGISTRY), registry()));
        ImportSummary s = imports.importFile(ImportRequest.of(file("s.csv", GOOD_SURVEY), survey("vekt")));
        assertThat(imports.removeBatch(r.batchId())).isTrue();
        int registryRows = tx.inTransaction(dsl -> new RegistryValueRepository(dsl).count());
        int surveyRows = tx.inTransaction(dsl -> new SurveyCellRepository(dsl).countForBatch(s.batchId()));
        assertThat(registryRows).isZero();
        assertThat(surveyRows).isPositive();
        assertThat(imports.removeBatch(s.batchId())).isTrue();
        assertThat(counts()).isEqualTo(before);
        assertThat(imports.removeBatch(s.batchId())).isFalse();
    }

    @Test
    void removingOrReplacingASurveyBatchTakesOnlyItsOwnCells() throws IOException {
        // survey cells have no foreign key to their batch (V004): the repository deletes them itself
        Path first = file("s1.csv", GOOD_SURVEY);
        ImportSummary a = imports.importFile(ImportRequest.of(first, survey("vekt")));
        // another survey year: it meets none of the first file's cells (the overlap rule)
        ImportSummary b = imports.importFile(ImportRequest.of(file("s2.csv", GOOD_SURVEY.replace("2024;", "2022;").replace("2023;", "2021;")),
                survey("vekt")));
        int cellsOfB = tx.inTransaction(dsl -> new SurveyCellRepository(dsl).countForBatch(b.batchId()));
        assertThat(cellsOfB).isEqualTo(b.storedRows());
        ImportSummary again = imports.importFile(ImportRequest.of(first, survey("vekt")).replacing(true));
        assertThat(again.replacedBatches()).containsExactly(a.batchId());
        assertThat(surveyCells(a.batchId())).isZero();
        assertThat(counts().get(1)).isEqualTo(cellsOfB + again.storedRows());
        assertThat(imports.removeBatch(again.batchId())).isTrue();
        assertThat(counts().get(1)).isEqualTo(cellsOfB);
        assertThat(surveyCells(b.batchId())).isEqualTo(cellsOfB);
    }

    @Test
    void anOverlappingSurveyIsRefusedBeforeAnythingIsWrittenOrReplacesOnlyTheCellsItMeets() throws IOException {
        // 2024 and 2023
        ImportSummary a = imports.importFile(ImportRequest.of(file("a.csv", GOOD_SURVEY), survey("vekt")));
        List<Integer> before = counts();
        // a corrected 2024 (one answer changed) and nothing else: meets 2024, not 2023
        Path corrected = file("a-rettet.csv", GOOD_SURVEY.replace("2024;1,5;Lege;5", "2024;1,5;Lege;1")
                .replace("2023;1,0;Lege;3\n", ""));
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(corrected, survey("vekt"))))
                .isInstanceOfSatisfying(ImportRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(ImportRefused.Reason.OVERLAP);
                    assertThat(r.overlaps()).singleElement().satisfies(o -> {
                        assertThat(o.period()).isEqualTo("2024");
                        assertThat(o.batch().id()).isEqualTo(a.batchId());
                        assertThat(o.describe()).startsWith("EPJ_KVALITET 2024 spørsmål q1: parti " + a.batchId() + " (a.csv, importert ");
                    });
                });
        assertThat(counts()).isEqualTo(before);
        ImportSummary b = imports.importFile(ImportRequest.of(corrected, survey("vekt")).replacingOverlap(true));
        assertThat(b.replacedCells()).isEqualTo(1);
        assertThat(b.replacedBatches()).isEmpty(); // the first batch keeps its 2023 cells
        List<no.framdrift.domain.SurveyCell> cells = tx.inTransaction(dsl -> new SurveyCellRepository(dsl).cells("EPJ_KVALITET"));
        assertThat(cells).filteredOn(c -> c.year() == 2024).extracting(no.framdrift.domain.SurveyCell::batchId)
                .containsOnly(b.batchId());
        assertThat(cells).filteredOn(c -> c.year() == 2023).extracting(no.framdrift.domain.SurveyCell::batchId)
                .containsOnly(a.batchId());
    }

    private int surveyCells(long batchId) {
        int n = tx.inTransaction(dsl -> new SurveyCellRepository(dsl).countForBatch(batchId));
        return n;
    }

    @Test
    void anImportKilledAtRowNLeavesTheDatabaseExactlyAsBefore() throws IOException {
        imports.importFile(ImportRequest.of(file("r.csv", GOOD_REGISTRY), registry()));
        List<Integer> before = counts();
        StringBuilder big = new StringBuilder("aar;vekt;profesjon;q1\n");
        for (int i = 0; i < 5000; i++) {
            big.append(2024).append(";1,").append(i % 10).append(";P").append(i % 7).append(';').append(1 + i % 5).append('\n');
        }
        Path f = file("big.csv", big.toString());
        AtomicLong seen = new AtomicLong();
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(f, survey("vekt")).observedBy(row -> {
            seen.set(row);
            if (row == 3000) {
                throw new IllegalStateException("injected failure at row 3000");
            }
        }))).hasMessageContaining("injected failure");
        assertThat(seen.get()).isEqualTo(3000);
        assertThat(counts()).isEqualTo(before);
        // and the same file imports cleanly afterwards
        assertThat(imports.importFile(ImportRequest.of(f, survey("vekt"))).rowsImported()).isEqualTo(5000);
    }

    @Test
    void cancellingLeavesNothingBehind() throws IOException {
        List<Integer> before = counts();
        StringBuilder big = new StringBuilder("aar;vekt;profesjon;q1\n");
        for (int i = 0; i < 20000; i++) {
            big.append("2024;1;P;5\n");
        }
        Path f = file("big.csv", big.toString());
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(f, survey("vekt")).withProgress(null, () -> true)))
                .isInstanceOf(ImportCancelled.class);
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void surveyDateColumnAndNoWeight() throws IOException {
        ImportProfile p = new ImportProfile("d", ImportKind.SURVEY, null, null, new ImportProfile.Survey(null, "dato", null, null,
                survey("x").survey().questions()), null, null, null);
        imports.importFile(ImportRequest.of(file("d.csv", "dato,q1\n2024-03-01,5\n15.04.2024,1\n2023-01-01,4\n"), p));
        List<SurveyCell> cells = tx.inTransaction(dsl -> new SurveyCellRepository(dsl).cells("EPJ_KVALITET", 2024));
        assertThat(cells).hasSize(2).allSatisfy(c -> assertThat(c.sumW()).isEqualTo(1.0));
        assertThat(refused(file("e.csv", "dato,q1\n2024/99,5\n"), p).problems().get(0).reason()).startsWith("Ukjent dato");
    }

    @Test
    void personLevelRegistryRowsAreCountedPerAreaAndPeriod() throws IOException {
        ImportProfile p = new ImportProfile("person", ImportKind.REGISTRY, null, null, null,
                new ImportProfile.Registry("PLL", null, "mnd", "kommune", AreaScheme.MUNICIPALITY_NAME, null, null, true, "har_pll",
                        null), null, null);
        imports.importFile(ImportRequest.of(file("p.csv",
                "mnd,kommune,har_pll\n2025-09,Bergen,1\n2025-09,Bergen,0\n2025-09,Bergen,ja\n2025-09,Tromsø,0\n"), p));
        List<RegistryValue> v = tx.inTransaction(dsl -> new RegistryValueRepository(dsl).values("PLL"));
        assertThat(v).extracting(RegistryValue::areaCode, RegistryValue::numerator, RegistryValue::denominator).containsExactly(
                org.assertj.core.groups.Tuple.tuple("4601", 2.0, 3.0), org.assertj.core.groups.Tuple.tuple("5501", 0.0, 1.0));
    }

    @Test
    void unitListsKeepUseAndPopulationAndRefuseDuplicates() throws IOException {
        ImportProfile p = new ImportProfile("units", ImportKind.UNITS, null, null, null, null,
                new ImportProfile.Units("DDFL", "aar", "kontor", null, "bruker", "pasienter", "kommunenr", null), null);
        imports.importFile(ImportRequest.of(file("u.csv", "aar;kontor;kommunenr;bruker;pasienter\n2025;A;4601;ja;1000\n2025;B;4601;nei;500\n"), p));
        var entries = tx.inTransaction(dsl -> new UnitListRepository(dsl).entries("DDFL", Period.year(2025)));
        assertThat(entries).extracting(e -> e.unitId() + ":" + e.uses() + ":" + e.population() + ":" + e.areaCode())
                .containsExactly("A:true:1000.0:4601", "B:false:500.0:4601");
        ImportRefused r = refused(file("u2.csv", "aar;kontor;kommunenr;bruker;pasienter\n2025;A;4601;ja;1000\n2025;A;4601;ja;-5\n"), p);
        assertThat(r.problems()).extracting(ImportProblem::reason)
                .contains("Enheten står mer enn én gang for perioden 2025", "Befolkningen kan ikke være negativ");
    }

    @Test
    void jsonStatPopulationBecomesDenominatorsAndMissingValuesStayMissing() throws IOException {
        String json = """
                {"version":"2.0","class":"dataset","label":"Befolkning","id":["Region","ContentsCode","Tid"],"size":[3,1,2],
                 "dimension":{"Region":{"label":"region","category":{"index":{"0301":0,"4601":1,"5501":2},
                   "label":{"0301":"Oslo","4601":"Bergen","5501":"Tromsø"}}},
                  "ContentsCode":{"label":"statistikkvariabel","category":{"index":{"Personer":0},"label":{"Personer":"Personer"}}},
                  "Tid":{"label":"år","category":{"index":{"2024":0,"2025":1}}}},
                 "value":[717710,724290,291940,294000,null,78900],"status":{"4":".."}}
                """;
        ImportProfile p = new ImportProfile("ssb", ImportKind.JSON_STAT, null, null, null, null, null,
                new ImportProfile.JsonStat("PLL", null, "Region", AreaScheme.ANY, "Tid", ImportProfile.ValueRole.DENOMINATOR,
                        Map.of("ContentsCode", "Personer")));
        imports.importFile(ImportRequest.of(file("b.json", json), p));
        List<RegistryValue> v = tx.inTransaction(dsl -> new RegistryValueRepository(dsl).values("PLL"));
        assertThat(v).extracting(x -> x.period().code() + " " + x.areaCode() + " " + x.denominator() + " " + x.status())
                .containsExactlyInAnyOrder("2024 0301 717710.0 null", "2025 0301 724290.0 null", "2024 4601 291940.0 null",
                        "2025 4601 294000.0 null", "2024 5501 null ..", "2025 5501 78900.0 null");
    }

    @Test
    void aJsonStatFilterOnACategoryTheDatasetLacksIsRefusedAndNothingIsStored() throws IOException {
        String json = """
                {"version":"2.0","class":"dataset","label":"Befolkning","id":["Region","ContentsCode","Tid"],"size":[1,1,1],
                 "dimension":{"Region":{"category":{"index":{"0301":0}}},
                  "ContentsCode":{"category":{"index":{"Personer":0}}},"Tid":{"category":{"index":{"2024":0}}}},
                 "value":[717710]}
                """;
        ImportProfile p = new ImportProfile("ssb", ImportKind.JSON_STAT, null, null, null, null, null,
                new ImportProfile.JsonStat("PLL", null, "Region", AreaScheme.ANY, "Tid", ImportProfile.ValueRole.DENOMINATOR,
                        Map.of("ContentsCode", "XXXX")));
        List<Integer> before = counts();
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(file("f.json", json), p)))
                .isInstanceOfSatisfying(ImportRefused.class, r -> assertThat(r.problems().get(0).describe())
                        .contains("ContentsCode").contains("XXXX").contains("Kategorien finnes ikke i dimensjonen (kategoriene er: Personer)"));
        assertThat(counts()).isEqualTo(before);
        assertThat(imports.batches()).isEmpty(); // the file is not registered: the right profile can import it next
    }

    @Test
    void jsonThatIsNotJsonStatIsNamedAsSuchAndAnEndlessWeightIsTooLarge() throws IOException {
        ImportProfile p = new ImportProfile("ssb", ImportKind.JSON_STAT, null, null, null, null, null,
                new ImportProfile.JsonStat("PLL", null, "Region", AreaScheme.ANY, "Tid", ImportProfile.ValueRole.DENOMINATOR, null));
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(file("foo.json", "{\"foo\": 1}"), p)))
                .isInstanceOfSatisfying(ImportRefused.class, r -> assertThat(r.problems().get(0).describe())
                        .contains("Filen er ikke JSON-stat: fant ingen datasett"));
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(file("w.csv", "aar;vekt;profesjon;q1\n2024;1e400;Lege;5\n"),
                survey("vekt")))).isInstanceOfSatisfying(ImportRefused.class, r -> assertThat(r.problems().get(0).describe())
                        .isEqualTo("Rad 2, kolonne «vekt»: Vekten er for stor (største tillatte vekt er 1 000 000) (verdi: «1e400»)"));
    }

    @Test
    void aWeightOf1e200IsRefusedSoItCannotPoisonLaterComputations() throws IOException {
        List<Integer> before = counts();
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(file("w200.csv",
                "aar;vekt;profesjon;q1\n2024;1e200;Lege;5\n2024;1000001;Lege;4\n2024;999999,5;Lege;4\n"), survey("vekt"))))
                .isInstanceOfSatisfying(ImportRefused.class, r -> assertThat(r.problems()).extracting(ImportProblem::describe)
                        .containsExactly("Rad 2, kolonne «vekt»: Vekten er for stor (største tillatte vekt er 1 000 000) (verdi: «1e200»)",
                                "Rad 3, kolonne «vekt»: Vekten er for stor (største tillatte vekt er 1 000 000) (verdi: «1000001»)"));
        assertThat(counts()).isEqualTo(before);
    }

    @Test
    void aWeightOverHalfOfItsYearIsReportedWithRowAndColumnAndLeftOutWhenBadRowsAreSkipped() throws IOException {
        // 2024: twelve doctors of weight 1 answering "Ganske uenig" (2), one of weight 20 answering "Helt enig" (5):
        // 20 of 32 = 62 % of the year's weight; 2023 has only three respondents, so the rule does not apply there
        StringBuilder csv = new StringBuilder("aar;vekt;profesjon;q1\n");
        for (int i = 0; i < 12; i++) {
            csv.append("2024;1;Lege;2\n");
        }
        csv.append("2024;20;Lege;5\n2023;1;Lege;5\n2023;8;Lege;4\n2023;1;Lege;2\n");
        Path f = file("tung.csv", csv.toString());
        List<Integer> before = counts();
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(f, survey("vekt"))))
                .isInstanceOfSatisfying(ImportRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(ImportRefused.Reason.PROBLEMS);
                    assertThat(r.problems()).extracting(ImportProblem::describe).containsExactly(
                            "Rad 14, kolonne «vekt»: Vekten er 62 % av summen av vektene i 2024; én respondent kan veie høyst "
                                    + "halvparten av et år (verdi: «20»)");
                });
        assertThat(counts()).as("nothing written").isEqualTo(before);

        ImportSummary s = imports.importFile(ImportRequest.of(f, survey("vekt")).skippingBadRows(true));
        assertThat(s.rowsSkipped()).isEqualTo(1);
        assertThat(s.rowsImported()).isEqualTo(15);
        List<SurveyCell> y2024 = tx.inTransaction(dsl -> new SurveyCellRepository(dsl).cells("EPJ_KVALITET", 2024));
        // the heavy "Helt enig" is gone: only the twelve "Ganske uenig" of weight 1 remain
        assertThat(y2024).extracting(SurveyCell::answer, SurveyCell::respondents, SurveyCell::sumW)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Ganske uenig", 12L, 12.0));
        List<SurveyCell> y2023 = tx.inTransaction(dsl -> new SurveyCellRepository(dsl).cells("EPJ_KVALITET", 2023));
        assertThat(y2023.stream().mapToDouble(SurveyCell::sumW).sum()).isEqualTo(10.0);
    }

    @Test
    void anExcelFileWhoseTextsUnpackBeyondTheLimitIsRefusedAndNothingIsWritten() throws Exception {
        Path small = no.framdrift.ingest.CraftedXlsx.base(dir.resolve("liten.xlsx"),
                new String[] {"periode", "kommunenr", "teller", "nevner"}, new String[] {"2025-09", "4601", "100", "1000"});
        Path f = no.framdrift.ingest.CraftedXlsx.replace(small, "xl/sharedStrings.xml",
                no.framdrift.ingest.CraftedXlsx.oneHugeText(80L * 1024 * 1024), dir.resolve("bombe.xlsx"));
        ImportProfile p = registry();
        ImportProfile onSheet = new ImportProfile(p.name(), p.kind(), null, new ImportProfile.FileOptions(null, null, null, "Data"),
                null, p.registry(), null, null);
        ImportRefused r = refused(f, onSheet);
        assertThat(r.reason()).isEqualTo(ImportRefused.Reason.UNREADABLE);
        assertThat(r.getMessage()).contains("Excel-filen er for stor: tekstene (xl/sharedStrings.xml) blir")
                .contains("grensen er 67 108 864 byte");
    }

    @Test
    void aRowWithTheWrongNumberOfCellsIsABadRowThatCanBeSkipped() throws IOException {
        Path f = file("celler.csv", GOOD_SURVEY + "2024;1,0;Lege;5;ekstra\n2024;1,0;Lege;4\n");
        List<Integer> before = counts();
        assertThatThrownBy(() -> imports.importFile(ImportRequest.of(f, survey("vekt"))))
                .isInstanceOfSatisfying(ImportRefused.class, r -> {
                    assertThat(r.reason()).isEqualTo(ImportRefused.Reason.PROBLEMS);
                    assertThat(r.problems()).hasSize(1);
                    assertThat(r.problems().get(0).describe()).startsWith("Rad " + (GOOD_SURVEY.lines().count() + 1)
                            + ": Raden har 5 celler, men overskriften har 4 kolonner");
                });
        assertThat(counts()).isEqualTo(before);
        ImportSummary s = imports.importFile(ImportRequest.of(f, survey("vekt")).skippingBadRows(true));
        assertThat(s.rowsSkipped()).isEqualTo(1);
        assertThat(s.rowsImported()).isEqualTo(GOOD_SURVEY.lines().count() - 1 + 1); // the good ones and the last row
    }

    @Test
    void aProfileGivenAsAFolderIsNamedAsSuch() {
        assertThatThrownBy(() -> imports.loadProfile(dir.toString())).hasMessageContaining("er en mappe");
    }

    @Test
    void profilesAreSavedByNameAndLoadedByNameOrPath() throws Exception {
        imports.saveProfile(registry());
        assertThat(imports.profileNames()).containsExactly("test-registry");
        assertThat(imports.loadProfile("test-registry")).isEqualTo(registry());
        Path samples = Path.of("sample-data/profiles");
        try (var files = Files.list(samples)) {
            for (Path p : files.toList()) {
                assertThat(imports.loadProfile(p.toString()).name()).isEqualTo(p.getFileName().toString().replace(".json", ""));
            }
        }
        assertThatThrownBy(() -> imports.loadProfile("finnes-ikke")).hasMessageContaining("Fant ingen importprofil");
    }

    @Test
    void excelSheetIsImportedAndAWrongSheetIsNamed() throws Exception {
        Path f = dir.resolve("pll.xlsx");
        try (var wb = new org.apache.poi.xssf.usermodel.XSSFWorkbook(); var out = Files.newOutputStream(f)) {
            var sheet = wb.createSheet("Data");
            String[][] rows = {{"periode", "kommunenr", "teller", "nevner"}, {"2025-09", "4601", "100", "1000"}, {"2025K3", "5501", "7", "70"}};
            for (int r = 0; r < rows.length; r++) {
                var row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (r > 0 && c >= 2) {
                        row.createCell(c).setCellValue(Double.parseDouble(rows[r][c]));
                    } else {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            wb.write(out);
        }
        ImportProfile p = registry();
        ImportProfile onSheet = new ImportProfile(p.name(), p.kind(), null, new ImportProfile.FileOptions(null, null, null, "Data"),
                null, p.registry(), null, null);
        ImportSummary s = imports.importFile(ImportRequest.of(f, onSheet));
        assertThat(s.rowsImported()).isEqualTo(2);
        List<RegistryValue> v = tx.inTransaction(dsl -> new RegistryValueRepository(dsl).values("PLL"));
        assertThat(v).extracting(x -> x.period().code() + " " + x.areaCode() + " " + x.numerator() + "/" + x.denominator())
                .containsExactly("2025Q3 5501 7.0/70.0", "2025-09 4601 100.0/1000.0");
        ImportProfile wrongSheet = new ImportProfile(p.name(), p.kind(), null, new ImportProfile.FileOptions(null, null, null, "Ark9"),
                null, p.registry(), null, null);
        ImportRefused r = refused(f, wrongSheet);
        assertThat(r.reason()).isEqualTo(ImportRefused.Reason.UNREADABLE);
        assertThat(r.problems().get(0).describe()).contains("Ark9");
    }

    private ImportRefused refused(Path f, ImportProfile p) {
        List<Integer> before = counts();
        try {
            imports.importFile(ImportRequest.of(f, p));
        } catch (ImportRefused r) {
            assertThat(counts()).as("nothing written").isEqualTo(before);
            return r;
        }
        throw new AssertionError("import was not refused");
    }
}
