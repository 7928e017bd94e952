package no.framdrift.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonStatFilesTest {

    /** The samples on the test class path (src/test/resources/jsonstat, README there names each source). */
    static final Path SAMPLES = samples();

    static Path samples() {
        try {
            return Path.of(JsonStatFilesTest.class.getResource("/jsonstat/README.md").toURI()).getParent();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @TempDir
    Path dir;

    /** The expected table (JSON-stat Toolkit's toTable) as records; header first. */
    private static List<CsvRecord> expected(String name) throws IOException {
        try (CsvReader<CsvRecord> r = CsvReader.builder().ofCsvRecord(SAMPLES.resolve(name), StandardCharsets.UTF_8)) {
            return r.stream().toList();
        }
    }

    private static void assertSameAsToolkit(JsonStatTable table, List<CsvRecord> expected) {
        List<String> header = new ArrayList<>(table.dimensionLabels());
        header.add("Value");
        assertThat(expected.get(0).getFields()).isEqualTo(header);
        assertThat(table.rows()).hasSize(expected.size() - 1);
        for (int i = 0; i < table.rows().size(); i++) {
            JsonStatRow row = table.rows().get(i);
            CsvRecord want = expected.get(i + 1);
            int n = row.categoryLabels().size();
            assertThat(row.categoryLabels()).as("row %d", i + 2).isEqualTo(want.getFields().subList(0, n));
            String value = want.getField(n);
            if (value.isEmpty()) {
                assertThat(row.value()).as("row %d", i + 2).isNull();
            } else {
                assertThat(row.value()).as("row %d", i + 2).isEqualTo(Double.parseDouble(value));
            }
        }
    }

    @Test
    void oecdCanadaBundleGivesTheToolkitsTable() throws Exception {
        List<JsonStatTable> tables = JsonStatFiles.read(SAMPLES.resolve("oecd-canada.json"));

        assertThat(tables).extracting(JsonStatTable::datasetLabel).containsExactly(
                "Unemployment rate in the OECD countries 2003-2014", "Population by sex and age group. Canada. 2012");
        JsonStatTable oecd = tables.get(0);
        assertThat(oecd.dimensionIds()).containsExactly("concept", "area", "year");
        assertSameAsToolkit(oecd, expected("oecd-canada.expected-table.csv"));
        // status per cell, from the sparse status object: cell 10 is an estimate
        assertThat(oecd.rows().get(10).value()).isEqualTo(5.50415003);
        assertThat(oecd.rows().get(10).status()).isEqualTo("e");
        assertThat(oecd.rows().get(0).status()).isNull();
        assertThat(oecd.rows().get(10).categoryCodes()).containsExactly("UNR", "AU", "2013");
        assertThat(tables.get(1).rows()).hasSize(120);
    }

    @Test
    void statisticsNorwayBundleKeepsMissingValuesAndTheirStatus() throws Exception {
        List<JsonStatTable> tables = JsonStatFiles.read(SAMPLES.resolve("ssb-29843-v1.json"));

        assertThat(tables).hasSize(1);
        JsonStatTable t = tables.get(0);
        assertThat(t.dimensionIds()).containsExactly("PKoder", "ContentsCode", "Tid");
        assertSameAsToolkit(t, expected("ssb-29843-v1.expected-table.csv"));
        assertThat(t.rows().get(0).categoryCodes().get(2)).isEqualTo("1990M01");
        // every missing value carries Statistics Norway's "." (not applicable) and none became 0
        List<JsonStatRow> missing = t.rows().stream().filter(r -> r.value() == null).toList();
        assertThat(missing).hasSize(7200).allSatisfy(r -> assertThat(r.status()).isEqualTo("."));
        assertThat(t.rows().stream().filter(r -> r.status() != null && r.value() != null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "oecd.json, 432", "canada.json, 120", "galicia.json, 3960", "us-gsp.json, 204",
        "hierarchy.json, 132", "order.json, 24"})
    void everySampleDatasetHasOneRowPerCell(String file, int cells) throws Exception {
        List<JsonStatTable> tables = JsonStatFiles.read(SAMPLES.resolve(file));

        assertThat(tables).hasSize(1);
        assertThat(tables.get(0).rows()).hasSize(cells);
        assertThat(tables.get(0).rows()).allSatisfy(r ->
                assertThat(r.categoryCodes()).hasSameSizeAs(tables.get(0).dimensionIds()));
    }

    @Test
    void orderSampleFollowsTheIndexArrayWithTheLastDimensionFastest() throws Exception {
        // order.json's values are texts naming their own cell ("A2B1C3"); a text value is kept
        // as the cell's status, with no number
        JsonStatTable t = JsonStatFiles.read(SAMPLES.resolve("order.json")).get(0);

        for (int i = 0; i < t.rows().size(); i++) {
            JsonStatRow r = t.rows().get(i);
            assertThat(r.value()).isNull();
            if (i != 11) { // the sample itself misnames cell 11 "A1B1C4"
                assertThat(r.status()).as("cell %d", i).isEqualTo("A" + r.categoryCodes().get(0)
                        + "B" + r.categoryCodes().get(1) + "C" + r.categoryCodes().get(2));
            }
        }
        assertThat(t.rows().get(11).categoryCodes()).containsExactly("2", "1", "4");
    }

    @Test
    void aSingleStatusInAnArrayAppliesToEveryCell() throws Exception {
        JsonStatTable canada = JsonStatFiles.read(SAMPLES.resolve("canada.json")).get(0);

        assertThat(canada.rows()).allSatisfy(r -> assertThat(r.status()).isEqualTo("a"));
    }

    @Test
    void sparseValuesLeaveTheOtherCellsNull() throws Exception {
        // hierarchy.json gives value as a sparse object holding only {"0": null}
        JsonStatTable h = JsonStatFiles.read(SAMPLES.resolve("hierarchy.json")).get(0);

        assertThat(h.rows()).hasSize(132).allSatisfy(r -> assertThat(r.value()).isNull());
    }

    @Test
    void sparseValueObjectPlacesEachValueInItsCell() throws Exception {
        Path f = dir.resolve("sparse.json");
        Files.writeString(f, """
                {"class":"dataset","label":"S","id":["t"],"size":[4],
                 "dimension":{"t":{"category":{"index":{"2023":0,"2024":1,"2025":2,"2026":3}}}},
                 "value":{"1":244,"3":0}}""");

        JsonStatTable t = JsonStatFiles.read(f).get(0);

        assertThat(t.rows()).extracting(JsonStatRow::value).containsExactly(null, 244.0, null, 0.0);
    }

    @Test
    void aCollectionOfLinksIsRefusedNamingItsDatasets() {
        assertThatThrownBy(() -> JsonStatFiles.read(SAMPLES.resolve("collection.json")))
                .isInstanceOf(FileProblem.class)
                .hasMessageStartingWith("Filen er en JSON-stat-samling som bare lenker til datasett (")
                .hasMessageContaining("«Unemployment rate in the OECD countries 2003-2014»");
    }

    @Test
    void aCollectionWithEmbeddedDatasetsIsRead() throws Exception {
        String oecd = Files.readString(SAMPLES.resolve("order.json"));
        Path f = dir.resolve("c.json");
        Files.writeString(f, "{\"version\":\"2.0\",\"class\":\"collection\",\"link\":{\"item\":[" + oecd + "]}}");

        assertThat(JsonStatFiles.read(f)).singleElement().satisfies(t -> assertThat(t.rows()).hasSize(24));
    }

    @Test
    void statusSymbolsAndTextValuesNeverBecomeZero() throws Exception {
        Path f = dir.resolve("s.json");
        Files.writeString(f, """
                {"version":"2.0","class":"dataset","label":"Befolkning","id":["Region","Tid"],"size":[2,2],
                 "dimension":{
                   "Region":{"label":"region","category":{"index":{"0301":0,"4601":1},"label":{"0301":"Oslo","4601":"Bergen"}}},
                   "Tid":{"category":{"index":["2024","2025"]}}},
                 "value":[717710, null, "..", 291189],
                 "status":{"1":":"}}
                """);

        JsonStatTable t = JsonStatFiles.read(f).get(0);

        assertThat(t.dimensionLabels()).containsExactly("region", "Tid");
        assertThat(t.rows()).extracting(JsonStatRow::value).containsExactly(717710.0, null, null, 291189.0);
        assertThat(t.rows()).extracting(JsonStatRow::status).containsExactly(null, ":", "..", null);
        assertThat(t.rows().get(3).categoryLabels()).containsExactly("Bergen", "2025");
        assertThat(t.rows().get(3).categoryCodes()).containsExactly("4601", "2025");
    }

    @Test
    void asTabularGivesCodesLabelsValueAndStatus() throws Exception {
        JsonStatTable oecd = JsonStatFiles.read(SAMPLES.resolve("oecd.json")).get(0);

        try (TabularSource s = JsonStatFiles.asTabular(oecd, 1000)) {
            assertThat(s.headers()).containsExactly("concept", "concept_tekst", "area", "area_tekst",
                    "year", "year_tekst", "verdi", "status");
            List<SourceRow> rows = new ArrayList<>();
            for (SourceRow r = s.next(); r != null; r = s.next()) {
                rows.add(r);
            }
            assertThat(rows).hasSize(432);
            assertThat(rows.get(10).rowNumber()).isEqualTo(12);
            assertThat(rows.get(10).cells()).containsExactly("UNR", "unemployment rate", "AU", "Australia",
                    "2013", "2013", "5.50415003", "e");
            assertThat(Numbers.parse(rows.get(10).cell(6), s.decimalSeparator())).hasValue(5.50415003);
            assertThat(s.bytesRead()).isEqualTo(1000);
            assertThat(s.formatDescription().norwegian()).isEqualTo("JSON-stat, datasett «Unemployment rate in the OECD countries 2003-2014»");
        }
    }

    @Test
    void badJsonStatFilesAreProblems() throws Exception {
        Path empty = dir.resolve("empty.json");
        Files.writeString(empty, "");
        Path broken = dir.resolve("broken.json");
        Files.writeString(broken, "{\"version\":\"2.0\",\"class\":\"dataset\",\n\"value\":[1,2");
        Path wrongCount = dir.resolve("count.json");
        Files.writeString(wrongCount, """
                {"class":"dataset","label":"X","id":["a"],"size":[3],
                 "dimension":{"a":{"category":{"index":["1","2","3"]}}},"value":[1,2]}""");
        Path notStat = dir.resolve("array.json");
        Files.writeString(notStat, "[1,2,3]");

        assertThatThrownBy(() -> JsonStatFiles.read(empty)).hasMessage("Filen er tom");
        assertThatThrownBy(() -> JsonStatFiles.read(broken)).isInstanceOf(FileProblem.class)
                .hasMessageContaining("ikke gyldig JSON");
        assertThatThrownBy(() -> JsonStatFiles.read(wrongCount)).isInstanceOf(FileProblem.class)
                .hasMessage("Datasettet «X» har 2 verdier, men dimensjonene gir 3 celler");
        assertThatThrownBy(() -> JsonStatFiles.read(notStat)).isInstanceOf(FileProblem.class)
                .hasMessageContaining("ikke JSON-stat");
        try (Stream<Path> s = Files.list(SAMPLES)) {
            assertThat(s.filter(p -> p.toString().endsWith(".json")).count()).isEqualTo(9);
        }
    }

    @Test
    void aTinyFileWhoseSizesMultiplyToABillionCellsIsRefusedAtOnceWithoutAllocating() throws Exception {
        // issue 18: this 227-byte file took 27 s and 4.2 GB before it was refused
        Path f = dir.resolve("huge.json");
        Files.writeString(f, """
                {"version":"2.0","class":"dataset","label":"Stor","id":["Region","Tid"],"size":[1000000000,1],
                 "dimension":{"Region":{"category":{"index":{"0301":0}}},"Tid":{"category":{"index":{"2024":0}}}},
                 "value":{"0":1}}
                """);
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long usedBefore = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        assertThatThrownBy(() -> JsonStatFiles.read(f)).isInstanceOf(FileProblem.class)
                .hasMessageContaining("har flere enn 2 000 000 celler");
        long millis = (System.nanoTime() - t0) / 1_000_000;
        long grown = (rt.totalMemory() - rt.freeMemory()) - usedBefore;
        assertThat(millis).isLessThan(1000);
        assertThat(grown).isLessThan(300L * 1024 * 1024);
        Files.writeString(f, """
                {"version":"2.0","class":"dataset","label":"Stor","id":["A","B","C"],"size":[2000,2000,1],
                 "dimension":{"A":{"category":{"index":{"a":0}}},"B":{"category":{"index":{"b":0}}},"C":{"category":{"index":{"c":0}}}},
                 "value":{"0":1}}
                """);
        assertThatThrownBy(() -> JsonStatFiles.read(f)).hasMessageContaining("flere enn 2 000 000 celler");
    }
}
