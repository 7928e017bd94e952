package no.framdrift.report.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import no.framdrift.domain.Frequency;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.domain.Status;
import no.framdrift.domain.Unit;
import no.framdrift.report.chart.ChartKind;
import no.framdrift.report.chart.ChartPoint;
import no.framdrift.report.chart.ChartSeries;
import no.framdrift.report.chart.ChartSpec;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The site's pages from a hand-made model: escaping, structure, languages and the table's cells. */
class SiteWriterTest {

    @TempDir
    Path dir;

    static SiteModel model(boolean sample) {
        ChartSpec chart = ChartSpec.builder(ChartKind.YEARLY_COLUMNS, "Andel <b>enig</b> & \"fornøyd\"")
                .valueLabel("Andel helt eller ganske enig").decimals(0).source("Undersøkelsen")
                .series(ChartSeries.actual("Alle", List.of(ChartPoint.withInterval(Period.year(2023), 0.45, 0.41, 0.49),
                        ChartPoint.withInterval(Period.year(2024), 0.52, 0.48, 0.56))))
                .build();
        List<IndicatorValue> values = List.of(
                new IndicatorValue("X", Period.year(2023), null, "", 0.45, null, null, 410L, 0.02, 0.41, 0.49, false, "1", null),
                new IndicatorValue("X", Period.year(2024), null, "", 0.52, null, null, 420L, 0.02, 0.48, 0.56, false, "1", null),
                new IndicatorValue("X", Period.year(2024), null, "profesjon=Jordmor", 0.9, null, null, 420L, 0.1, 0.5, 0.99,
                        true, "1", null));
        SiteModel.Page page = new SiteModel.Page("X", "Andel <script>alert(1)</script> enig", "Mål 2: Enklere", null,
                List.of(), "Måler «noe» & mer", null, List.of("Kilde <i>A</i>"), Frequency.ARLIG, Status.KLAR, Unit.PERCENT,
                0, "Ambisjon: 60 % i 2030", "ON_TRACK", "Q1 2025", "Første avsnitt.\n\nAndre avsnitt.", chart, values,
                List.of("Brudd i tidsserien fra 2022."), List.of(), "period\n", "{}\n");
        SiteModel.Tile tile = new SiteModel.Tile("X", page.name(), Status.KLAR, "52 %", "2024",
                new SiteModel.Change("+7", true, "2023", "UP", true, true, true), "ON_TRACK", List.of(), true);
        return new SiteModel("Oversikt over indikatorer", LocalDate.of(2026, 12, 2), "1.abcdef12", sample,
                List.of(new SiteModel.Goal("MAL2", "Mål 2: Enklere", false, List.of(tile))),
                List.of(new SiteModel.Reporting("Mål 2: Enklere", 1, 2, 0, 1)), List.of(page),
                List.of(new SiteModel.Future("F", "Mål 2: Enklere", "Framtid", "Kanskje")), "data.zip");
    }

    Document page(String file) throws Exception {
        return Jsoup.parse(Files.readString(dir.resolve(file), StandardCharsets.UTF_8));
    }

    @Test
    void catalogueTextIsEscapedNeverMarkup() throws Exception {
        new SiteWriter().write(model(false), dir, null);
        String raw = Files.readString(dir.resolve("indikator-X.html"));
        assertThat(raw).doesNotContain("<script>alert(1)</script>").doesNotContain("<i>A</i>").doesNotContain("<b>enig</b>");
        Document doc = page("indikator-X.html");
        assertThat(doc.selectFirst("h1").text()).isEqualTo("Andel <script>alert(1)</script> enig");
        assertThat(doc.select("script[src]").eachAttr("src")).containsExactly("assets/search-index.js", "assets/search.js");
        assertThat(doc.selectFirst("svg > title").text()).isEqualTo("Andel <b>enig</b> & \"fornøyd\"");
        assertThat(Files.readString(dir.resolve("assets/search-index.js"))).contains("\\u003cscript\\u003e")
                .doesNotContain("<script>");
    }

    @Test
    void headingsGoDownOneLevelAtATime() throws Exception {
        new SiteWriter().write(model(false), dir, null);
        for (String file : List.of("index.html", "index.en.html", "rapportering.html", "fremtidige.html", "indikator-X.html")) {
            int previous = 0;
            for (Element h : page(file).select("h1, h2, h3, h4, h5, h6")) {
                int level = Integer.parseInt(h.tagName().substring(1));
                assertThat(level).as(file + ": " + h.text()).isLessThanOrEqualTo(previous + 1);
                previous = level;
            }
        }
    }

    @Test
    void theTableShowsIntervalsAndSuppressedCellsAsColon() throws Exception {
        new SiteWriter().write(model(false), dir, null);
        Element table = page("indikator-X.html").selectFirst("main table");
        assertThat(table.select("thead th").eachText()).containsExactly("Periode", "Område", "Gruppe", "Verdi",
                "95 %-intervall", "n");
        List<String> first = table.select("tbody tr").get(0).select("th, td").eachText();
        assertThat(first).containsExactly("2023", "Nasjonalt", "Alle", "45 %", "41–49 %", "410");
        List<String> suppressed = table.select("tbody tr").get(2).select("th, td").eachText();
        assertThat(suppressed).containsExactly("2024", "Nasjonalt", "profesjon=Jordmor", ":", ":", "420");
        assertThat(table.outerHtml()).doesNotContain("90 %");
    }

    @Test
    void englishPagesTranslateTheInterfaceAndLinkBack() throws Exception {
        new SiteWriter().write(model(true), dir, null);
        Document en = page("index.en.html");
        assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
        assertThat(en.select("header .sample").text()).contains("Example data – not official figures");
        assertThat(en.select("a[hreflang=nb]").attr("href")).isEqualTo("index.html");
        assertThat(en.select(".tile a").attr("href")).isEqualTo("indikator-X.en.html");
        assertThat(en.select(".tile h4 a").attr("lang")).isEqualTo("nb");
        assertThat(en.text()).contains("+7 percentage points since 2023, outside the margin of error", "On track");
        Document nb = page("index.html");
        assertThat(nb.text()).contains("+7 prosentpoeng siden 2023, utenfor feilmarginen", "I rute",
                "Eksempeldata – ikke offisielle tall", "Publisert 02.12.2026", "Katalogversjon 1.abcdef12");
    }

    @Test
    void theReportingPageCountsPerGoalWithRowAndColumnHeaders() throws Exception {
        new SiteWriter().write(model(false), dir, null);
        Element table = page("rapportering.html").selectFirst("table");
        assertThat(table.selectFirst("caption")).isNotNull();
        assertThat(table.select("tbody tr th[scope=row]").eachText()).containsExactly("Mål 2: Enklere");
        assertThat(table.select("tbody tr td").eachText()).containsExactly("1", "2", "0", "3", "1");
    }
}
