package no.framdrift.cli;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import no.framdrift.app.Workspace;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.report.site.SiteWriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code export site} and {@code export data} on a fresh sample workspace: the pages, their links,
 * the charts' text alternatives, and the CSVs against {@code values CODE --format csv}.
 */
class ExportSiteCommandTest {

    @TempDir
    static Path data;

    @TempDir
    static Path out;

    static Path site;
    static List<Indicator> published;
    /** What {@code values CODE --format csv} prints, per published indicator. */
    static final Map<String, List<String>> VALUES = new HashMap<>();

    @BeforeAll
    static void publishTheSampleWorkspace() {
        try (Workspace ws = SampleWorkspaces.open(data)) {
            Catalogue c = ws.catalogue().load();
            published = c.indicators().stream().filter(Indicator::isPublished).toList();
        }
        site = out.resolve("nettsted");
        Result r = run("export", "site", "--out", site.toString(), "--allow-sample");
        assertThat(r.exit).as(r.err).isZero();
        for (Indicator i : published) {
            Result values = run("values", i.code(), "--format", "csv");
            assertThat(values.exit).isZero();
            VALUES.put(i.code(), values.out.lines().toList());
        }
    }

    record Result(int exit, String out, String err) {
    }

    static Result run(String... args) {
        List<String> all = new ArrayList<>(List.of("--data-dir", data.toString()));
        all.addAll(List.of(args));
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int exit = RootCommand.run(all.toArray(String[]::new), new PrintWriter(o), new PrintWriter(e));
        return new Result(exit, o.toString(), e.toString());
    }

    static List<Path> pages() throws Exception {
        try (Stream<Path> s = Files.list(site)) {
            return s.filter(p -> p.getFileName().toString().endsWith(".html")).sorted().toList();
        }
    }

    @Test
    void onePagePerPublishedIndicatorInBothLanguages() {
        assertThat(published).extracting(Indicator::code).contains("PLL", "EPJ_KVALITET", "HELSEDATA")
                .doesNotContain("DIGITAL_SAMHANDLING", "BEHOVSSTYRT_POLIKLINIKK");
        assertThat(site.resolve("index.html")).exists();
        assertThat(site.resolve("index.en.html")).exists();
        for (Indicator i : published) {
            assertThat(site.resolve("indikator-" + i.code() + ".html")).exists();
            assertThat(site.resolve("indikator-" + i.code() + ".en.html")).exists();
        }
        // an indicator not marked for publication has no page
        assertThat(site.resolve("indikator-DIGITAL_SAMHANDLING.html")).doesNotExist();
    }

    @Test
    void everyLocalLinkResolvesAndNothingComesFromAnotherHost() throws Exception {
        for (Path page : pages()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            for (Element e : doc.select("[href], [src]")) {
                String ref = e.hasAttr("href") ? e.attr("href") : e.attr("src");
                String where = page.getFileName() + ": " + e.tagName() + " " + ref;
                if (ref.startsWith("http://") || ref.startsWith("https://") || ref.startsWith("//")) {
                    assertThat(e.tagName()).as(where).isEqualTo("a");
                    assertThat(e.hasClass("credit")).as(where + " is not a credit link").isTrue();
                    continue;
                }
                assertThat(ref).as(where).doesNotContain(":");
                String file = ref.contains("#") ? ref.substring(0, ref.indexOf('#')) : ref;
                if (file.isEmpty()) {
                    String id = ref.substring(1);
                    assertThat(doc.getElementById(id)).as(where).isNotNull();
                    continue;
                }
                assertThat(site.resolve(URI.create(file).getPath())).as(where).exists();
            }
            // the styles are inside the folder; no web fonts, no @import
            assertThat(Files.readString(site.resolve("assets/site.css"))).doesNotContain("http", "@import", "url(");
        }
    }

    @Test
    void everyPageCarriesTheSampleBannerDateAndVersion() throws Exception {
        for (Path page : pages()) {
            Document doc = Jsoup.parse(page.toFile(), "UTF-8");
            String banner = page.toString().endsWith(".en.html") ? "Example data – not official figures"
                    : "Eksempeldata – ikke offisielle tall";
            assertThat(doc.select("header .sample").text()).as(page.toString()).contains(banner);
            assertThat(doc.select("footer").text()).as(page.toString()).containsPattern("\\d\\d\\.\\d\\d\\.\\d{4}")
                    .containsPattern("(versjon|version) 1\\.[0-9a-f]{8}");
            assertThat(doc.select("main")).hasSize(1);
            assertThat(doc.select("nav")).isNotEmpty();
            assertThat(doc.select("h1")).hasSize(1);
        }
    }

    @Test
    void everyChartIsInlineSvgWithTitleAndDescriptionStatingTheFinding() throws Exception {
        Document pll = Jsoup.parse(site.resolve("indikator-PLL.html").toFile(), "UTF-8");
        Element svg = pll.selectFirst("figure.chart svg");
        assertThat(svg).isNotNull();
        assertThat(svg.attr("role")).isEqualTo("img");
        assertThat(svg.selectFirst("title").text()).isEqualTo("Pasientens legemiddelliste");
        assertThat(svg.selectFirst("desc").text()).contains("Nasjonalt").contains(" %").contains("Kilde");
        int charts = 0;
        for (Path page : pages()) {
            for (Element s : Jsoup.parse(page.toFile(), "UTF-8").select("svg")) {
                assertThat(s.select("> title")).as(page.toString()).hasSize(1);
                assertThat(s.select("> desc")).as(page.toString()).hasSize(1);
                charts++;
            }
        }
        assertThat(charts).isGreaterThanOrEqualTo(2);
    }

    @Test
    void theDataTableHasCaptionHeadersAndSuppressedCellsAsColon() throws Exception {
        Document epj = Jsoup.parse(site.resolve("indikator-EPJ_KVALITET.html").toFile(), "UTF-8");
        Element table = epj.selectFirst("main table");
        assertThat(table.selectFirst("caption").text()).contains("EPJ");
        assertThat(table.select("thead th[scope=col]").eachText()).contains("Periode", "Verdi", "95 %-intervall", "n");
        assertThat(table.select("tbody th[scope=row]")).isNotEmpty();
        // the first survey year of the sample: a share with its interval, as `values` gives it
        assertThat(table.select("tbody td").eachText()).anyMatch(s -> s.matches("\\d+(,\\d)? %"));
    }

    @Test
    void theCsvsEqualTheValuesCommand() throws Exception {
        for (Indicator i : published) {
            String csv = Files.readString(site.resolve("data").resolve(SiteWriter.csvFile(i.code())), StandardCharsets.UTF_8);
            assertThat(csv.lines().toList()).as(i.code()).isEqualTo(VALUES.get(i.code()));
            assertThat(site.resolve("data").resolve(SiteWriter.metadataFile(i.code()))).exists();
        }
    }

    @Test
    void sampleDataAreRefusedWithoutAllowSample() {
        Path refused = out.resolve("uten-tillatelse");
        Result r = run("export", "site", "--out", refused.toString());
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err).contains("--allow-sample");
        assertThat(refused).doesNotExist();
        Result d = run("export", "data", "--out", out.resolve("d-refused.zip").toString());
        assertThat(d.exit).isEqualTo(2);
        assertThat(out.resolve("d-refused.zip")).doesNotExist();
    }

    @Test
    void aFolderWithOtherFilesIsNeverReplaced() throws Exception {
        Path other = out.resolve("annet");
        Files.createDirectories(other);
        Files.writeString(other.resolve("notat.txt"), "mitt");
        Result r = run("export", "site", "--out", other.toString(), "--allow-sample");
        assertThat(r.exit).isEqualTo(2);
        assertThat(other.resolve("notat.txt")).hasContent("mitt");
        // an earlier site is replaced
        Result again = run("export", "site", "--out", site.toString(), "--allow-sample");
        assertThat(again.exit).as(again.err).isZero();
        assertThat(site.resolve("index.html")).exists();
    }

    @Test
    void theOpenDataZipHoldsOneCsvPerPublishedIndicatorEqualToValues() throws Exception {
        Path zip = out.resolve("d.zip");
        Result r = run("export", "data", "--out", zip.toString(), "--allow-sample");
        assertThat(r.exit).as(r.err).isZero();
        Map<String, String> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        assertThat(entries).containsKeys("README.md", "metadata.json");
        assertThat(entries.get("README.md")).contains("Lisens", "Kilder", "Reseptformidleren", "Eksempeldata");
        long csvs = entries.keySet().stream().filter(n -> n.endsWith(".csv")).count();
        assertThat(csvs).isEqualTo(published.size());
        for (Indicator i : published) {
            assertThat(entries.get(i.code() + ".csv").lines().toList()).as(i.code()).isEqualTo(VALUES.get(i.code()));
            assertThat(entries.get(i.code() + ".metadata.json")).contains("\"code\" : \"" + i.code() + "\"");
            // a suppressed cell is ":" and carries no number
            entries.get(i.code() + ".csv").lines().filter(l -> l.split(",", -1)[10].equals("true"))
                    .forEach(l -> assertThat(l.split(",", -1)[3]).isEqualTo(":"));
        }
        // the site links the same zip
        assertThat(site.resolve("data").resolve(no.framdrift.report.site.OpenDataZip.FILE_NAME)).exists();
    }
}
