package no.framdrift.app.export;

import no.framdrift.app.SampleWorkspaces;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import no.framdrift.app.Workspace;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The published site in a real browser: headless Chromium (Debian's {@code chromium}) opens the
 * front page and one indicator page from {@code file://}, takes screenshots
 * ({@code target/site-screenshots/}) and runs axe-core (npm package {@code axe-core}, installed
 * into {@code target/axe} by this test, never committed): no serious or critical violation.
 *
 * <p>Skipped, saying so on stderr, when there is no Chromium or axe-core cannot be installed
 * (no npm, no network); the CI installs both.
 */
class SiteBrowserTest {

    @TempDir
    static Path data;

    @TempDir
    static Path out;

    static Path site;
    static final Path SCREENSHOTS = Path.of("target", "site-screenshots");
    static final Path AXE_DIR = Path.of("target", "axe");
    static final Path AXE = AXE_DIR.resolve("node_modules/axe-core/axe.min.js");

    @BeforeAll
    static void publish() throws IOException {
        try (Workspace ws = SampleWorkspaces.open(data)) {
            site = SiteService.of(ws).exportSite(out.resolve("site"), true, null);
        }
    }

    static Optional<String> chromium() {
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(File.pathSeparator)) {
                Path p = Path.of(dir, name);
                if (Files.isExecutable(p)) {
                    return Optional.of(p.toString());
                }
            }
        }
        return Optional.empty();
    }

    static String requireChromium() {
        Optional<String> c = chromium();
        if (c.isEmpty()) {
            System.err.println("SiteBrowserTest SKIPPED: no chromium on PATH (apt-get install -y chromium)");
        }
        Assumptions.assumeTrue(c.isPresent(), "SKIPPED: no chromium on PATH (apt-get install -y chromium)");
        return c.get();
    }

    /** axe-core from the npm registry into target/axe, once per build folder. */
    static Path requireAxe() throws Exception {
        if (!Files.exists(AXE)) {
            Files.createDirectories(AXE_DIR);
            int exit;
            try {
                Process p = new ProcessBuilder("npm", "install", "--no-audit", "--no-fund", "--prefix",
                        AXE_DIR.toString(), "axe-core@4").redirectErrorStream(true)
                        .redirectOutput(AXE_DIR.resolve("npm.log").toFile()).start();
                exit = p.waitFor(5, TimeUnit.MINUTES) ? p.exitValue() : -1;
            } catch (IOException e) {
                exit = -2;
            }
            if (exit != 0 || !Files.exists(AXE)) {
                String why = exit == -2 ? "no npm on PATH" : "npm install axe-core@4 failed (see " + AXE_DIR.resolve("npm.log") + ")";
                System.err.println("SiteBrowserTest SKIPPED: " + why);
                Assumptions.assumeTrue(false, "SKIPPED: " + why);
            }
        }
        return AXE;
    }

    static List<String> chromiumArgs(String chromium) {
        List<String> args = new ArrayList<>(List.of(chromium, "--headless", "--disable-gpu", "--no-sandbox",
                "--no-first-run", "--disable-dev-shm-usage", "--hide-scrollbars", "--allow-file-access-from-files"));
        return args;
    }

    static String run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        byte[] stdout = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(2, TimeUnit.MINUTES)).as("chromium finished").isTrue();
        return new String(stdout, StandardCharsets.UTF_8);
    }

    /**
     * Runs axe-core on a copy of the page with axe and a small runner added at the end of the body;
     * the runner writes the violations into the page, which Chromium's --dump-dom prints.
     */
    static JsonNode axe(String chromium, String page) throws Exception {
        Path axe = requireAxe();
        Files.copy(axe, site.resolve("axe.min.js"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        String html = Files.readString(site.resolve(page), StandardCharsets.UTF_8);
        String runner = "<script src=\"axe.min.js\"></script><script>"
                + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                + " var pre = document.createElement('pre'); pre.id = 'axe-result';"
                + " pre.textContent = JSON.stringify(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.map(function (n) { return n.target.join(' '); })}; }));"
                + " document.body.appendChild(pre); });</script>";
        Path probe = site.resolve("axe-" + page);
        Files.writeString(probe, html.replace("</body>", runner + "</body>"), StandardCharsets.UTF_8);
        List<String> cmd = chromiumArgs(chromium);
        cmd.addAll(List.of("--virtual-time-budget=20000", "--dump-dom", probe.toUri().toString()));
        Document dom = Jsoup.parse(run(cmd));
        Element result = dom.getElementById("axe-result");
        assertThat(result).as("axe-core ran in " + page).isNotNull();
        return new ObjectMapper().readTree(result.text());
    }

    static void screenshot(String chromium, String page, String name) throws Exception {
        Files.createDirectories(SCREENSHOTS);
        Path png = SCREENSHOTS.resolve(name).toAbsolutePath();
        List<String> cmd = chromiumArgs(chromium);
        cmd.addAll(List.of("--window-size=1280,1400", "--screenshot=" + png, site.resolve(page).toUri().toString()));
        run(cmd);
        assertThat(png).exists();
        assertThat(Files.size(png)).isGreaterThan(10_000);
    }

    static void noSeriousViolations(JsonNode violations, String page) {
        List<String> serious = new ArrayList<>();
        System.out.println("axe-core on " + page + ": " + violations.size() + " rule(s) violated");
        for (JsonNode v : violations) {
            String impact = v.path("impact").asText();
            System.out.println("  " + impact + " " + v.path("id").asText() + ": " + v.path("help").asText()
                    + " " + v.path("nodes"));
            if (impact.equals("serious") || impact.equals("critical")) {
                serious.add(impact + " " + v.path("id").asText() + ": " + v.path("help").asText() + " " + v.path("nodes"));
            }
        }
        assertThat(serious).as("axe-core on " + page).isEmpty();
    }

    @Test
    void theFrontPageHasNoSeriousOrCriticalViolation() throws Exception {
        String chromium = requireChromium();
        screenshot(chromium, "index.html", "site-forside.png");
        noSeriousViolations(axe(chromium, "index.html"), "index.html");
    }

    @Test
    void theSearchBoxFindsIndicatorsBySourceFromFileUrls() throws Exception {
        String chromium = requireChromium();
        String html = Files.readString(site.resolve("index.html"), StandardCharsets.UTF_8);
        String typing = "<script>var q = document.getElementById('search-input'); q.value = 'reseptformidl';"
                + " q.dispatchEvent(new Event('input'));</script>";
        Path probe = site.resolve("search-probe.html");
        Files.writeString(probe, html.replace("</body>", typing + "</body>"), StandardCharsets.UTF_8);
        List<String> cmd = chromiumArgs(chromium);
        cmd.addAll(List.of("--virtual-time-budget=5000", "--dump-dom", probe.toUri().toString()));
        Document dom = Jsoup.parse(run(cmd));
        assertThat(dom.getElementById("search").hasAttr("hidden")).as("the script shows the search box").isFalse();
        assertThat(dom.select("#search-results a").eachAttr("href")).containsExactly("indikator-PLL.html");
        assertThat(dom.getElementById("search-status").text()).isEqualTo("1 treff");
    }

    @Test
    void anIndicatorPageHasNoSeriousOrCriticalViolation() throws Exception {
        String chromium = requireChromium();
        screenshot(chromium, "indikator-EPJ_KVALITET.html", "site-indikator.png");
        noSeriousViolations(axe(chromium, "indikator-EPJ_KVALITET.html"), "indikator-EPJ_KVALITET.html");
        noSeriousViolations(axe(chromium, "indikator-PLL.en.html"), "indikator-PLL.en.html");
    }
}
