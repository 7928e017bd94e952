package no.framdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11's "done when", through the command line as an analyst runs it: a new folder holds no
 * data, an import never pools with stored cells, the example workspace is marked and removable,
 * and PLL is a stock (a quarter is its last month).
 */
class PublishableNumbersTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run run(Path data, String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = RootCommand.run(all.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
        return new Run(code, out.toString(), err.toString());
    }

    static final Path SURVEY = Path.of("sample-data/helsepersonellundersokelsen-2021-2024.csv");
    static final Path SURVEY_PROFILE = Path.of("sample-data/profiles/helsepersonellundersokelsen.json").toAbsolutePath();

    /** The survey rows of one year (header first), with the EPJ answer of the first row replaced when asked. */
    List<String> surveyYear(int year, String firstAnswer) throws Exception {
        List<String> lines = Files.readAllLines(SURVEY, StandardCharsets.UTF_8);
        List<String> out = new ArrayList<>();
        out.add(lines.get(0));
        for (String l : lines.subList(1, lines.size())) {
            if (l.split(";")[1].equals(Integer.toString(year))) {
                out.add(l);
            }
        }
        if (firstAnswer != null) {
            String[] f = out.get(1).split(";", -1);
            f[9] = firstAnswer; // epj_kvalitet
            out.set(1, String.join(";", f));
        }
        return out;
    }

    /** EPJ_KVALITET's weighted share agreeing (5 or 4) over valid answers (1–5), computed here from the rows. */
    static double epjShare(List<String> rows) {
        double agree = 0;
        double all = 0;
        for (String l : rows.subList(1, rows.size())) {
            String[] f = l.split(";", -1);
            String answer = f[9].trim();
            if (answer.isEmpty() || answer.equals("9")) {
                continue;
            }
            double w = Double.parseDouble(f[2].replace(',', '.'));
            all += w;
            if (answer.equals("5") || answer.equals("4")) {
                agree += w;
            }
        }
        return agree / all;
    }

    /** The row of the values csv for a period, area and group, as column → text. */
    static java.util.Map<String, String> row(String csv, String period, String area, String group) {
        String[] lines = csv.strip().split("\n");
        List<String> header = List.of(lines[0].split(","));
        for (String l : List.of(lines).subList(1, lines.length)) {
            List<String> cells = splitCsv(l);
            java.util.Map<String, String> m = new java.util.LinkedHashMap<>();
            for (int i = 0; i < header.size(); i++) {
                m.put(header.get(i), i < cells.size() ? cells.get(i) : "");
            }
            if (m.get("period").equals(period) && m.get("area").equals(area) && m.get("group").equals(group)) {
                return m;
            }
        }
        throw new AssertionError("no row " + period + " " + area + " " + group + " in\n" + csv);
    }

    static List<String> splitCsv(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '"') {
                if (quoted && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    b.append('"');
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == ',' && !quoted) {
                out.add(b.toString());
                b.setLength(0);
            } else {
                b.append(c);
            }
        }
        out.add(b.toString());
        return out;
    }

    @Test
    void aSurveyOnANewFolderIsThatSurveyAloneAndAnOverlappingImportIsRefusedOrReplaces() throws Exception {
        Path data = dir.resolve("data");
        Path first = dir.resolve("hp-2024.csv");
        List<String> firstRows = surveyYear(2024, null);
        Files.write(first, firstRows, StandardCharsets.UTF_8);
        // a corrected copy: one answer fixed, so another SHA-256, the same year and question
        Path corrected = dir.resolve("hp-2024-rettet.csv");
        String was = firstRows.get(1).split(";")[9];
        List<String> correctedRows = surveyYear(2024, was.equals("5") || was.equals("4") ? "1" : "5");
        Files.write(corrected, correctedRows, StandardCharsets.UTF_8);

        Run imported = run(data, "import", first.toString(), "--profile", SURVEY_PROFILE.toString());
        assertThat(imported.code()).as(imported.err()).isZero();
        Run values = run(data, "values", "EPJ_KVALITET", "--format", "csv");
        assertThat(values.code()).as(values.err()).isZero();
        // only this survey: one year, one batch, the share of these rows, no example mark
        assertThat(values.out().strip().split("\n")).hasSize(2);
        java.util.Map<String, String> y2024 = row(values.out(), "2024", "Nasjonalt", "");
        assertThat(y2024.get("batch")).isEqualTo("1");
        assertThat(y2024.get("sample")).isEqualTo("false");
        assertThat(Double.parseDouble(y2024.get("value"))).isCloseTo(epjShare(firstRows), within(1e-12));
        Run byProfession = run(data, "values", "EPJ_KVALITET", "--by", "profesjon", "--format", "csv");
        List<String> professionRows = List.of(byProfession.out().strip().split("\n"));
        assertThat(professionRows).hasSizeGreaterThan(2);
        assertThat(professionRows.subList(1, professionRows.size()))
                .allSatisfy(l -> assertThat(splitCsv(l).get(11)).isEqualTo("1"));

        Run refused = run(data, "import", corrected.toString(), "--profile", SURVEY_PROFILE.toString());
        assertThat(refused.code()).isEqualTo(6);
        assertThat(refused.err()).contains("EPJ_KVALITET 2024 spørsmål epj_kvalitet: parti 1 (hp-2024.csv, importert ",
                "--replace-overlap");
        assertThat(run(data, "values", "EPJ_KVALITET", "--format", "csv").out()).isEqualTo(values.out());
        assertThat(run(data, "values", "EPJ_KVALITET", "--by", "profesjon", "--format", "csv").out())
                .isEqualTo(byProfession.out());

        Run replaced = run(data, "import", corrected.toString(), "--profile", SURVEY_PROFILE.toString(), "--replace-overlap");
        assertThat(replaced.code()).as(replaced.err()).isZero();
        assertThat(replaced.out()).contains("erstatter");
        Run after = run(data, "values", "EPJ_KVALITET", "--format", "csv");
        java.util.Map<String, String> now = row(after.out(), "2024", "Nasjonalt", "");
        assertThat(now.get("batch")).isEqualTo("2");
        assertThat(Double.parseDouble(now.get("value"))).isCloseTo(epjShare(correctedRows), within(1e-12))
                .isNotCloseTo(epjShare(firstRows), within(1e-9));
        assertThat(Long.parseLong(now.get("n"))).isEqualTo(Long.parseLong(y2024.get("n")));
        // the first batch gave nothing else, so it is gone with its cells
        Run info = run(data, "workspace", "info");
        assertThat(info.out()).contains("hp-2024-rettet.csv").doesNotContain("hp-2024.csv ");
    }

    @Test
    void aRegistryExtractOverlapsTheMonthsOfAQuarterButNotOtherMonths() throws Exception {
        Path data = dir.resolve("data");
        Path profile = Path.of("sample-data/profiles/pll.json").toAbsolutePath();
        Path months = dir.resolve("pll-jul-sep.csv");
        Files.writeString(months, """
                maaned;omraade;antall_med_pll;befolkning
                jul.25;Bergensområdet;50000;475472
                aug.25;Bergensområdet;54000;475472
                sep.25;Bergensområdet;57580;475472
                """);
        assertThat(run(data, "import", months.toString(), "--profile", profile.toString()).code()).isZero();
        Path october = dir.resolve("pll-okt.csv");
        Files.writeString(october, "maaned;omraade;antall_med_pll;befolkning\nokt.25;Bergensområdet;63808;475472\n");
        assertThat(run(data, "import", october.toString(), "--profile", profile.toString()).code())
                .as("another month meets nothing").isZero();
        String before = run(data, "values", "PLL", "--format", "csv").out();

        Path quarter = dir.resolve("pll-q3.csv");
        Files.writeString(quarter, "maaned;omraade;antall_med_pll;befolkning\n2025Q3;Bergensområdet;57000;475472\n");
        Run refused = run(data, "import", quarter.toString(), "--profile", profile.toString());
        assertThat(refused.code()).isEqualTo(6);
        assertThat(refused.err()).contains("PLL 2025-07 BERGENSOMRADET: parti 1 (pll-jul-sep.csv",
                "PLL 2025-08 BERGENSOMRADET: parti 1", "PLL 2025-09 BERGENSOMRADET: parti 1")
                .doesNotContain("2025-10");
        assertThat(run(data, "values", "PLL", "--format", "csv").out()).isEqualTo(before);
    }

    @Test
    void countsAndAPopulationTableFromTwoFilesDoNotMeetButTwoCountFilesDo() throws Exception {
        Path data = dir.resolve("data");
        Path counts = dir.resolve("antall.json");
        Files.writeString(counts, """
                {"name": "pll-antall", "kind": "REGISTRY", "registry": {"indicator": "PLL", "period": "maaned",
                 "area": "omraade", "areaScheme": "ANY", "numerator": "antall"}}""");
        Path population = dir.resolve("befolkning.json");
        Files.writeString(population, """
                {"name": "pll-befolkning", "kind": "REGISTRY", "registry": {"indicator": "PLL", "period": "maaned",
                 "area": "omraade", "areaScheme": "ANY", "denominator": "befolkning"}}""");
        Path september = dir.resolve("antall-sep.csv");
        Files.writeString(september, "maaned;omraade;antall\nsep.25;Helse Nord;25482\n");
        Path people = dir.resolve("befolkning-sep.csv");
        Files.writeString(people, "maaned;omraade;befolkning\nsep.25;Helse Nord;489103\n");
        assertThat(run(data, "import", september.toString(), "--profile", counts.toString()).code()).isZero();
        Run second = run(data, "import", people.toString(), "--profile", population.toString());
        assertThat(second.code()).as("the denominators meet no stored denominator: " + second.err()).isZero();
        String values = run(data, "values", "PLL", "--format", "csv").out();
        assertThat(Double.parseDouble(row(values, "2025-09", "Helse Nord", "").get("value")))
                .isCloseTo(25482.0 / 489103.0, within(1e-12));

        Path corrected = dir.resolve("antall-sep-rettet.csv");
        Files.writeString(corrected, "maaned;omraade;antall\nsep.25;Helse Nord;25500\n");
        Run refused = run(data, "import", corrected.toString(), "--profile", counts.toString());
        assertThat(refused.code()).isEqualTo(6);
        assertThat(refused.err()).contains("PLL 2025-09 HN: parti 1 (antall-sep.csv").doesNotContain("parti 2");
        Run replaced = run(data, "import", corrected.toString(), "--profile", counts.toString(), "--replace-overlap");
        assertThat(replaced.code()).as(replaced.err()).isZero();
        // the new count over the population that stayed: never 25 482 + 25 500
        java.util.Map<String, String> now = row(run(data, "values", "PLL", "--format", "csv").out(), "2025-09",
                "Helse Nord", "");
        assertThat(Double.parseDouble(now.get("value"))).isCloseTo(25500.0 / 489103.0, within(1e-12));
        assertThat(now.get("batch")).isEqualTo("2 3");
    }

    @Test
    void theExampleWorkspaceIsMarkedAndRemovedAtOnceAndPllIsItsLastMonth() throws Exception {
        Path data = dir.resolve("eksempel");
        Run init = run(data, "workspace", "init", "--sample");
        assertThat(init.code()).as(init.err()).isZero();
        assertThat(run(data, "workspace", "init").code()).as("a folder with a workspace is refused").isEqualTo(2);

        Run pll = run(data, "values", "PLL", "--format", "csv");
        java.util.Map<String, String> bergen = row(pll.out(), "2025Q3", "Bergensområdet", "");
        // the September value (57 580 / 475 472), not the ratio of the summed July–September figures
        assertThat(Double.parseDouble(bergen.get("value"))).isCloseTo(0.1211, within(0.0001));
        assertThat(Double.parseDouble(row(pll.out(), "2025Q3", "Helse Nord", "").get("value")))
                .isCloseTo(0.052, within(0.0001));
        assertThat(bergen.get("sample")).isEqualTo("true");
        assertThat(bergen.get("incomplete")).isEqualTo("false");
        java.util.Map<String, String> q4 = row(pll.out(), "2025Q4", "Bergensområdet", "");
        assertThat(q4.get("incomplete")).isEqualTo("true");
        assertThat(q4.get("note")).startsWith("Ufullstendig periode").contains("okt.25");
        assertThat(Double.parseDouble(q4.get("value"))).isCloseTo(63808.0 / 475472.0, within(1e-12));

        Path svg = dir.resolve("pll.svg");
        assertThat(run(data, "export", "chart", "PLL", "--out", svg.toString()).code()).isZero();
        assertThat(Files.readString(svg)).contains("Eksempeldata");
        assertThat(run(data, "workspace", "info").out()).contains("Eksempeldata:  ja", "pll-2025.csv");

        Run removed = run(data, "workspace", "remove-sample");
        assertThat(removed.code()).as(removed.err()).isZero();
        assertThat(removed.out()).contains("Fjernet 10 partier");
        assertThat(run(data, "values", "PLL", "--format", "csv").out().strip().split("\n")).hasSize(1);
        assertThat(run(data, "workspace", "info").out()).contains("Eksempeldata:  nei", "Partier:       0");

        // the same file as real data: the same numbers, no mark
        Path file = dir.resolve("pll-2025.csv");
        Files.copy(Path.of("sample-data/pll-2025.csv"), file);
        assertThat(run(data, "import", file.toString(), "--profile", "pll").code()).isZero();
        Run real = run(data, "values", "PLL", "--format", "csv");
        assertThat(row(real.out(), "2025Q3", "Bergensområdet", "").get("sample")).isEqualTo("false");
        Path svg2 = dir.resolve("pll-ekte.svg");
        assertThat(run(data, "export", "chart", "PLL", "--out", svg2.toString()).code()).isZero();
        assertThat(Files.readString(svg2)).doesNotContain("Eksempeldata");
    }

    @Test
    void aNewFolderOpenedByTheCommandLineHasTheCatalogueAndNoData() {
        Path data = dir.resolve("ny");
        Run list = run(data, "indicators");
        assertThat(list.out()).contains("PLL ");
        Run info = run(data, "workspace", "info");
        assertThat(info.out()).contains("Partier:       0", "Eksempeldata:  nei").containsPattern("Skjemaversjon: 0\\d\\d\\n");
        assertThat(run(data, "values", "PLL", "--format", "json").out().replaceAll("\\s", "")).isEqualTo("[]");
        assertThat(info.out().toLowerCase(Locale.ROOT)).doesNotContain("eksempel ");
    }
}
