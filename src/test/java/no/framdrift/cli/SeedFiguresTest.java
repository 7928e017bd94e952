package no.framdrift.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.framdrift.domain.NorwegianFormat;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample workspace reproduces every figure the seed deck publishes, read through the
 * {@code values} command as a steward's script would (rounded as the deck rounds them).
 */
class SeedFiguresTest {

    @TempDir
    static Path dir;

    static Map<String, List<Map<String, String>>> values = new HashMap<>();

    @BeforeAll
    static void newWorkspaceWithTheSampleData() {
        int init = RootCommand.run(new String[] {"--data-dir", dir.toString(), "workspace", "init", "--sample"},
                new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        assertThat(init).isZero();
        for (String code : List.of("EPJ_KVALITET", "EPJ_EFFEKTIV", "TILGANG_PASIENTINFO", "TILLIT", "PLL", "DDFL",
                "HELSEDATA", "RADSMODELL", "RADSMODELL_RELEVANS", "RADSMODELL_ANBEFALINGER", "FULLMAKT")) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int exit = RootCommand.run(new String[] {"--data-dir", dir.toString(), "values", code},
                    new PrintWriter(out), new PrintWriter(err));
            assertThat(exit).as(err.toString()).isZero();
            values.put(code, parse(out.toString()));
        }
    }

    private static List<Map<String, String>> parse(String csv) {
        List<String> lines = csv.lines().toList();
        String[] header = lines.get(0).split(",", -1);
        assertThat(header).startsWith("period", "area", "group", "value", "numerator", "denominator", "n", "se",
                "ci_low", "ci_high", "suppressed", "batch");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            Map<String, String> row = new HashMap<>();
            for (int i = 0; i < header.length; i++) {
                row.put(header[i], i < f.length ? f[i] : "");
            }
            rows.add(row);
        }
        return rows;
    }

    private static Map<String, String> row(String code, String period, String area) {
        return values.get(code).stream()
                .filter(r -> r.get("period").equals(period) && r.get("area").equals(area) && r.get("group").isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError(code + " " + period + " " + area + " missing"));
    }

    private static String percent(String code, String period, String area, int decimals) {
        return NorwegianFormat.percentOfFraction(Double.parseDouble(row(code, period, area).get("value")), decimals);
    }

    @Test
    void healthPersonnelSurvey2024() {
        assertThat(percent("EPJ_KVALITET", "2024", "Nasjonalt", 0)).isEqualTo("52 %");
        assertThat(percent("EPJ_EFFEKTIV", "2024", "Nasjonalt", 0)).isEqualTo("49 %");
        assertThat(percent("TILGANG_PASIENTINFO", "2024", "Nasjonalt", 0)).isEqualTo("34 %");
        // the 2023 dip the seed explains (Helseplattformen)
        assertThat(Double.parseDouble(row("EPJ_KVALITET", "2023", "Nasjonalt").get("value")))
                .isLessThan(Double.parseDouble(row("EPJ_KVALITET", "2022", "Nasjonalt").get("value")));
        Map<String, String> epj = row("EPJ_KVALITET", "2024", "Nasjonalt");
        assertThat(Double.parseDouble(epj.get("ci_low"))).isLessThan(0.52).isGreaterThan(0.49);
        assertThat(Double.parseDouble(epj.get("ci_high"))).isGreaterThan(0.52).isLessThan(0.55);
        assertThat(Long.parseLong(epj.get("n"))).isGreaterThan(2000);
        assertThat(epj.get("batch")).isNotBlank();
    }

    @Test
    void citizensTrust() {
        assertThat(percent("TILLIT", "2024", "Nasjonalt", 0)).isEqualTo("72 %");
    }

    @Test
    void pllPerMonthAndArea() {
        List<String> national = new ArrayList<>();
        for (String m : List.of("04", "05", "06", "07", "08", "09", "10")) {
            national.add(percent("PLL", "2025-" + m, "Nasjonalt", 1));
        }
        assertThat(national).containsExactly("1,0 %", "1,0 %", "1,1 %", "1,1 %", "1,2 %", "1,3 %", "1,5 %");
        assertThat(row("PLL", "2025-10", "Nasjonalt").get("denominator")).isEqualTo("5594340");
        assertThat(percent("PLL", "2025-09", "Bergensområdet", 1)).isEqualTo("12,1 %");
        assertThat(row("PLL", "2025-09", "Bergensområdet").get("denominator")).isEqualTo("475472");
        assertThat(percent("PLL", "2025-09", "Helse Nord", 1)).isEqualTo("5,2 %");
        // PLL is a stock: a quarter is its last month, as the seed's 12,1 % for Q3
        assertThat(percent("PLL", "2025Q3", "Bergensområdet", 1)).isEqualTo("12,1 %");
        assertThat(percent("PLL", "2025Q3", "Helse Nord", 1)).isEqualTo("5,2 %");
        assertThat(row("PLL", "2025-09", "Helse Nord").get("denominator")).isEqualTo("489103");
    }

    @Test
    void digitalDialogWithGp() {
        assertThat(List.of(percent("DDFL", "2023", "Nasjonalt", 0), percent("DDFL", "2024", "Nasjonalt", 0),
                percent("DDFL", "2025", "Nasjonalt", 0))).containsExactly("79 %", "89 %", "94 %");
    }

    @Test
    void applicationsToHelsedataservice() {
        Map<String, String> h1 = row("HELSEDATA", "2025H1", "Nasjonalt");
        assertThat(h1.get("value")).isEqualTo("244");
        assertThat(Math.round(Double.parseDouble(h1.get("growth_1y")))).isEqualTo(33);
        assertThat(Math.round(Double.parseDouble(h1.get("growth_2y")))).isEqualTo(46);
    }

    @Test
    void loginsOnBehalfOfOthers() {
        long below10In2024 = values.get("FULLMAKT").stream()
                .filter(r -> r.get("period").startsWith("2024-") && r.get("area").equals("Nasjonalt"))
                .filter(r -> Double.parseDouble(r.get("value")) < 0.10).count();
        assertThat(below10In2024).isGreaterThanOrEqualTo(7);
        for (String m : List.of("01", "02", "03", "04", "05", "06")) {
            assertThat(Double.parseDouble(row("FULLMAKT", "2025-" + m, "Nasjonalt").get("value"))).isGreaterThan(0.11);
        }
    }

    @Test
    void advisoryBoardSurvey() {
        assertThat(percent("RADSMODELL", "2025", "Nasjonalt", 0)).isEqualTo("72 %");
        assertThat(percent("RADSMODELL_RELEVANS", "2025", "Nasjonalt", 0)).isEqualTo("79 %");
        assertThat(percent("RADSMODELL_ANBEFALINGER", "2025", "Nasjonalt", 0)).isEqualTo("67 %");
        assertThat(percent("RADSMODELL", "2024", "Nasjonalt", 0)).isEqualTo("76 %");
    }
}
