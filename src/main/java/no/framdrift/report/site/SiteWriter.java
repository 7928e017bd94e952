package no.framdrift.report.site;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntConsumer;
import java.util.function.Predicate;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.domain.Unit;
import no.framdrift.report.chart.ChartDescription;
import no.framdrift.report.chart.ChartExporter;
import no.framdrift.report.chart.ExportSize;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Writes the published website into a folder: a Norwegian and an English page for the front page
 * (the overview), the reporting status, the proposed future indicators and every published
 * indicator, with the styles, the search script and each indicator's CSV and metadata in the same
 * folder, so the site works from {@code file://} and from any web server without asking another
 * host for anything.
 *
 * <p>Pages are built as jsoup documents: every text and attribute goes through jsoup's escaping,
 * and only the chart's SVG (from {@link ChartExporter}) and the search index (JSON from jsoup's own
 * escaping rules below) are inserted as they are. All pages sit in one folder, so every link is a
 * plain file name.
 */
public final class SiteWriter {

    /** Marks a folder as a Framdrift site, so publishing again may replace it. */
    public static final String MARKER = ".framdrift-site";
    public static final String INDEX = "index.html";
    static final String REPORTING = "rapportering.html";
    static final String FUTURE = "fremtidige.html";
    static final String ASSETS = "assets";
    public static final String DATA = "data";
    /** Chart size on the page; the SVG scales down with the window (viewBox). */
    static final ExportSize CHART_SIZE = new ExportSize(960, 540, 1.0);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private final ChartExporter charts;

    public SiteWriter() {
        this(new ChartExporter());
    }

    public SiteWriter(ChartExporter charts) {
        this.charts = charts;
    }

    /** The page file of an indicator, in the given language. */
    public static String indicatorPage(String code, SiteLanguage language) {
        return language.file("indikator-" + safe(code) + ".html");
    }

    /** The CSV of an indicator in {@code data/}. */
    public static String csvFile(String code) {
        return safe(code) + ".csv";
    }

    /** The metadata JSON of an indicator in {@code data/}. */
    public static String metadataFile(String code) {
        return safe(code) + ".metadata.json";
    }

    /** A code as a file name: letters, digits, '-' and '_' only. */
    static String safe(String code) {
        return code.replaceAll("[^A-Za-z0-9_-]", "_");
    }

    /** How many steps {@link #write} reports (for a progress bar). */
    public static int work(SiteModel model) {
        return model.pages().size() + 1;
    }

    /**
     * Writes every page into {@code dir} (which must exist); {@code progress} is told the number of
     * pages done so far, and may be null.
     */
    public void write(SiteModel model, Path dir, IntConsumer progress) throws IOException {
        Files.createDirectories(dir.resolve(ASSETS));
        Files.createDirectories(dir.resolve(DATA));
        copyAsset("site.css", dir);
        copyAsset("search.js", dir);
        Files.writeString(dir.resolve(ASSETS).resolve("search-index.js"), searchIndex(model), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(MARKER), "Framdrift " + model.published() + "\n", StandardCharsets.UTF_8);
        for (SiteLanguage language : SiteLanguage.values()) {
            SiteTexts t = new SiteTexts(language);
            write(dir, language.file(INDEX), frontPage(model, t));
            write(dir, language.file(REPORTING), reportingPage(model, t));
            write(dir, language.file(FUTURE), futurePage(model, t));
        }
        int done = 1;
        if (progress != null) {
            progress.accept(done);
        }
        for (SiteModel.Page page : model.pages()) {
            Files.writeString(dir.resolve(DATA).resolve(csvFile(page.code())), page.csv(), StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(DATA).resolve(metadataFile(page.code())), page.metadataJson(),
                    StandardCharsets.UTF_8);
            String svg = page.chart() == null ? null : charts.svgElement(page.chart(), CHART_SIZE, "chart");
            for (SiteLanguage language : SiteLanguage.values()) {
                write(dir, indicatorPage(page.code(), language), indicator(model, page, svg, new SiteTexts(language)));
            }
            if (progress != null) {
                progress.accept(++done);
            }
        }
    }

    private static void write(Path dir, String file, Document doc) throws IOException {
        Files.writeString(dir.resolve(file), "<!DOCTYPE html>\n" + doc.outerHtml() + "\n", StandardCharsets.UTF_8);
    }

    private static void copyAsset(String name, Path dir) throws IOException {
        try (InputStream in = SiteWriter.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing from the build: " + name);
            }
            Files.write(dir.resolve(ASSETS).resolve(name), in.readAllBytes());
        }
    }

    // ---- the page frame -------------------------------------------------------------------

    /** A page with header, navigation, search, the sample banner, main and footer; returns main. */
    private static Element frame(Document doc, SiteModel model, SiteTexts t, String title, String self) {
        doc.outputSettings().charset(StandardCharsets.UTF_8).prettyPrint(true).indentAmount(1);
        Element html = doc.child(0);
        html.attr("lang", t.language().tag());
        Element head = doc.head();
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("title").text(title.equals(t.get("site.title")) ? title : title + " – " + t.get("site.title"));
        head.appendElement("link").attr("rel", "stylesheet").attr("href", ASSETS + "/site.css");
        SiteLanguage other = t.language().other();
        head.appendElement("link").attr("rel", "alternate").attr("hreflang", other.tag())
                .attr("href", other.file(SiteLanguage.base(self)));

        Element body = doc.body();
        body.appendElement("a").addClass("skip").attr("href", "#main").text(t.get("site.skip"));
        Element header = body.appendElement("header").addClass("site");
        Element wrap = header.appendElement("div").addClass("wrap");
        if (model.sample()) {
            Element banner = wrap.appendElement("p").addClass("sample").attr("role", "note");
            banner.appendText(t.get("site.sample"));
            banner.appendElement("span").text(t.get("site.sample.detail"));
        }
        Element top = wrap.appendElement("div").addClass("top");
        top.appendElement("a").addClass("name").attr("href", t.language().file(INDEX)).text(t.get("site.title"));
        top.appendElement("a").attr("href", other.file(SiteLanguage.base(self))).attr("hreflang", other.tag())
                .attr("lang", other.tag()).text(t.get("site.language.switch"));
        Element nav = wrap.appendElement("nav").addClass("main").attr("aria-label", t.get("site.nav"));
        Element ul = nav.appendElement("ul");
        navItem(ul, t.language().file(INDEX), t.get("site.nav.overview"), self);
        navItem(ul, t.language().file(REPORTING), t.get("site.nav.status"), self);
        navItem(ul, t.language().file(FUTURE), t.get("site.nav.future"), self);
        if (model.dataZip() != null) {
            navItem(ul, DATA + "/" + model.dataZip(), t.get("site.nav.data"), self);
        }
        // shown by search.js; without scripts there is nothing to search with
        Element search = wrap.appendElement("div").addClass("search").attr("id", "search").attr("role", "search")
                .attr("hidden", true).attr("data-none", t.get("site.search.none"))
                .attr("data-count", t.get("site.search.count"));
        search.appendElement("label").attr("for", "search-input").text(t.get("site.search.label"));
        search.appendElement("span").addClass("hint").attr("id", "search-hint").text(t.get("site.search.hint"));
        search.appendElement("br");
        search.appendElement("input").attr("type", "search").attr("id", "search-input").attr("autocomplete", "off")
                .attr("aria-describedby", "search-hint search-status");
        search.appendElement("p").attr("id", "search-status").addClass("muted").attr("role", "status");
        search.appendElement("ul").attr("id", "search-results");

        Element main = body.appendElement("main").attr("id", "main").attr("tabindex", "-1").appendElement("div").addClass("wrap");

        Element footer = body.appendElement("footer").addClass("site").appendElement("div").addClass("wrap");
        footer.appendElement("p").text(t.format("site.footer.published", DATE.format(model.published()))
                + " · " + t.format("site.footer.version", model.catalogueVersion()));
        if (model.sample()) {
            footer.appendElement("p").text(t.get("site.sample"));
        }
        footer.appendElement("p").text(t.get("site.footer.made"));
        Element licence = footer.appendElement("p");
        licence.appendText(t.get("site.footer.licence") + " ");
        licence.appendElement("a").addClass("credit").attr("href", "https://creativecommons.org/licenses/by/4.0/deed."
                + (t.language() == SiteLanguage.NB ? "no" : "en")).text("CC BY 4.0");
        body.appendElement("script").attr("src", ASSETS + "/search-index.js");
        body.appendElement("script").attr("src", ASSETS + "/search.js");
        return main;
    }

    private static void navItem(Element ul, String href, String text, String self) {
        Element a = ul.appendElement("li").appendElement("a").attr("href", href).text(text);
        if (href.equals(self)) {
            a.attr("aria-current", "page");
        }
    }

    /** Catalogue text (names, definitions) stays Norwegian: marked as such on English pages. */
    private static Element nb(Element e, SiteTexts t) {
        if (t.language() != SiteLanguage.NB) {
            e.attr("lang", SiteLanguage.NB.tag());
        }
        return e;
    }

    // ---- front page ----------------------------------------------------------------------

    Document frontPage(SiteModel model, SiteTexts t) {
        Document doc = Document.createShell("");
        String self = t.language().file(INDEX);
        Element main = frame(doc, model, t, t.get("site.title"), self);
        main.appendElement("h1").text(t.get("site.title"));
        main.appendElement("p").addClass("lead").text(t.get("site.overview.intro"));
        Predicate<SiteModel.Goal> overarching = SiteModel.Goal::overarching;
        goals(main, model.goals().stream().filter(overarching).toList(), t.get("site.overview.overarching"), t);
        goals(main, model.goals().stream().filter(overarching.negate()).toList(), t.get("site.overview.strategic"), t);
        return doc;
    }

    private void goals(Element main, List<SiteModel.Goal> goals, String heading, SiteTexts t) {
        if (goals.isEmpty()) {
            return;
        }
        Element section = main.appendElement("section").attr("aria-labelledby", "h-" + (goals.get(0).overarching() ? "o" : "s"));
        section.appendElement("h2").attr("id", "h-" + (goals.get(0).overarching() ? "o" : "s")).text(heading);
        for (SiteModel.Goal goal : goals) {
            Element g = section.appendElement("section").attr("aria-labelledby", "g-" + safe(goal.code()));
            nb(g.appendElement("h3").attr("id", "g-" + safe(goal.code())).text(goal.title()), t);
            if (goal.tiles().isEmpty()) {
                g.appendElement("p").addClass("muted").text(t.get("site.overview.empty"));
                continue;
            }
            Element ul = g.appendElement("ul").addClass("tiles");
            for (SiteModel.Tile tile : goal.tiles()) {
                tile(ul.appendElement("li"), tile, t);
            }
        }
    }

    private void tile(Element li, SiteModel.Tile tile, SiteTexts t) {
        li.addClass("tile").addClass(tile.status() == null ? "" : tile.status().name());
        Element h = li.appendElement("h4");
        Element name = tile.page() ? h.appendElement("a").attr("href", indicatorPage(tile.code(), t.language()))
                : h.appendElement("span");
        nb(name.text(tile.name()), t);
        Element status = li.appendElement("p");
        status.appendElement("span").addClass("badge").addClass(tile.status() == null ? "" : tile.status().name())
                .text(t.status(tile.status()));
        Element value = li.appendElement("p");
        if (tile.value() == null) {
            // a composite whose parts have values but no common period has no value of its own
            boolean parts = tile.parts().stream().anyMatch(p -> p.value() != null);
            value.appendElement("span").addClass("muted").text(t.get(parts ? "site.tile.noComposite" : "site.tile.none"));
        } else {
            value.appendElement("span").addClass("value").text(tile.value().equals(":") ? t.get("site.tile.suppressed") : tile.value());
            if (tile.period() != null) {
                value.appendText(" ");
                value.appendElement("span").addClass("muted").text(tile.period());
            }
        }
        if (tile.change() != null) {
            Element change = li.appendElement("p");
            String arrow = SiteTexts.arrow(tile.change());
            if (!arrow.isEmpty()) {
                change.appendElement("span").attr("aria-hidden", "true").text(arrow + " ");
            }
            change.appendText(t.change(tile.change()));
        }
        li.appendElement("p").appendElement("span").addClass("progress-" + tile.progress())
                .text(t.get("site.progress") + ": " + t.progress(tile.progress()));
        if (!tile.parts().isEmpty()) {
            li.appendElement("p").addClass("muted").text(t.get("site.tile.parts"));
            Element parts = li.appendElement("ul").addClass("parts");
            for (SiteModel.Tile part : tile.parts()) {
                Element pli = parts.appendElement("li");
                Element a = part.page() ? pli.appendElement("a").attr("href", indicatorPage(part.code(), t.language()))
                        : pli.appendElement("span");
                nb(a.text(part.name()), t);
                pli.appendText(": " + (part.value() == null ? t.get("site.tile.none")
                        : part.value() + (part.period() == null ? "" : " (" + part.period() + ")")));
                if (!part.page()) {
                    pli.appendText(" – " + t.get("site.tile.notPublished"));
                }
            }
        }
    }

    // ---- reporting status ----------------------------------------------------------------

    Document reportingPage(SiteModel model, SiteTexts t) {
        Document doc = Document.createShell("");
        String self = t.language().file(REPORTING);
        Element main = frame(doc, model, t, t.get("site.reporting.title"), self);
        main.appendElement("h1").text(t.get("site.reporting.title"));
        main.appendElement("p").addClass("lead").text(t.get("site.reporting.intro"));
        Element table = main.appendElement("div").addClass("table-scroll").appendElement("table");
        table.appendElement("caption").text(t.get("site.reporting.caption"));
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(t.get("site.reporting.goal"));
        for (String key : List.of("site.status.KLAR", "site.status.UNDER_ARBEID", "site.status.AVVENT",
                "site.reporting.total", "site.reporting.published")) {
            head.appendElement("th").attr("scope", "col").addClass("num").text(t.get(key));
        }
        Element body = table.appendElement("tbody");
        int ready = 0;
        int progress = 0;
        int waiting = 0;
        int published = 0;
        for (SiteModel.Reporting r : model.reporting()) {
            Element tr = body.appendElement("tr");
            nb(tr.appendElement("th").attr("scope", "row").text(r.goalTitle()), t);
            for (int n : new int[] {r.ready(), r.inProgress(), r.waiting(), r.total(), r.published()}) {
                tr.appendElement("td").addClass("num").text(Integer.toString(n));
            }
            ready += r.ready();
            progress += r.inProgress();
            waiting += r.waiting();
            published += r.published();
        }
        Element tr = table.appendElement("tfoot").appendElement("tr");
        tr.appendElement("th").attr("scope", "row").text(t.get("site.reporting.sum"));
        for (int n : new int[] {ready, progress, waiting, ready + progress + waiting, published}) {
            tr.appendElement("td").addClass("num").text(Integer.toString(n));
        }
        return doc;
    }

    // ---- proposed future indicators ------------------------------------------------------

    Document futurePage(SiteModel model, SiteTexts t) {
        Document doc = Document.createShell("");
        String self = t.language().file(FUTURE);
        Element main = frame(doc, model, t, t.get("site.future.title"), self);
        main.appendElement("h1").text(t.get("site.future.title"));
        main.appendElement("p").addClass("lead").text(t.get("site.future.intro"));
        String goal = null;
        Element list = null;
        for (SiteModel.Future f : model.future()) {
            if (list == null || !f.goalTitle().equals(goal)) {
                goal = f.goalTitle();
                nb(main.appendElement("h2").text(goal), t);
                list = main.appendElement("ul");
            }
            Element li = list.appendElement("li");
            nb(li.appendElement("h3").text(f.name()), t);
            if (f.description() != null && !f.description().isBlank()) {
                nb(li.appendElement("p").text(f.description()), t);
            }
        }
        return doc;
    }

    // ---- one indicator -------------------------------------------------------------------

    Document indicator(SiteModel model, SiteModel.Page page, String svg, SiteTexts t) {
        Document doc = Document.createShell("");
        String self = indicatorPage(page.code(), t.language());
        Element main = frame(doc, model, t, page.name(), self);
        nb(main.appendElement("h1").text(page.name()), t);
        Element lead = main.appendElement("p");
        lead.appendElement("span").addClass("badge").addClass(page.status() == null ? "" : page.status().name())
                .text(t.status(page.status()));
        lead.appendText(" " + t.get("site.indicator.code") + ": " + page.code());

        main.appendElement("h2").text(t.get("site.indicator.about"));
        Element dl = main.appendElement("dl").addClass("facts");
        fact(dl, t.get("site.indicator.measures"), page.measures(), t);
        if (page.about() != null && !page.about().isBlank() && !page.about().equals(page.measures())) {
            fact(dl, t.get("site.indicator.description"), page.about(), t);
        }
        fact(dl, t.get("site.indicator.source"), String.join(", ", page.sources()), t);
        dl.appendElement("dt").text(t.get("site.indicator.frequency"));
        dl.appendElement("dd").text(page.frequency() == null ? "" : t.get("site.frequency." + page.frequency().name()));
        dl.appendElement("dt").text(t.get("site.status"));
        dl.appendElement("dd").text(t.status(page.status()));
        fact(dl, t.get("site.indicator.goal"), page.goalTitle(), t);
        fact(dl, t.get("site.indicator.ambition"), page.ambition(), t);
        dl.appendElement("dt").text(t.get("site.indicator.progress"));
        dl.appendElement("dd").appendElement("span").addClass("progress-" + page.progress()).text(t.progress(page.progress()));
        if (page.composite() != null) {
            dl.appendElement("dt").text(t.get("site.indicator.composite"));
            link(dl.appendElement("dd"), page.composite(), t);
        }
        if (!page.parts().isEmpty()) {
            dl.appendElement("dt").text(t.get("site.indicator.parts"));
            Element ul = dl.appendElement("dd").appendElement("ul");
            for (SiteModel.Link part : page.parts()) {
                link(ul.appendElement("li"), part, t);
            }
        }

        if (page.assessmentPeriod() != null) {
            main.appendElement("h2").text(t.format("site.indicator.assessment", page.assessmentPeriod()));
            for (String para : page.assessmentText().split("\\R\\s*\\R")) {
                nb(main.appendElement("p").text(para.strip()), t);
            }
        } else {
            main.appendElement("h2").text(t.get("site.indicator.assessment.none"));
            main.appendElement("p").addClass("muted").text(t.get("site.indicator.assessment.empty"));
        }

        main.appendElement("h2").text(t.get("site.indicator.chart"));
        if (svg == null) {
            main.appendElement("p").addClass("muted").text(t.get("site.indicator.chart.none"));
        } else {
            Element figure = main.appendElement("figure").addClass("chart");
            figure.appendChild(new DataNode(svg));
            ChartDescription alt = ChartDescription.of(page.chart());
            nb(figure.appendElement("figcaption").attr("id", "chart-caption").text(alt.description()), t);
        }

        main.appendElement("h2").attr("id", "tall").text(t.get("site.indicator.table"));
        if (page.values().isEmpty()) {
            main.appendElement("p").addClass("muted").text(t.get("site.indicator.table.empty"));
        } else {
            table(main, page, t);
            main.appendElement("p").addClass("muted").text(t.get("site.indicator.table.legend"));
        }

        main.appendElement("h2").text(t.get("site.indicator.breaks"));
        List<String> notes = new ArrayList<>(page.breaks());
        notes.addAll(page.notes());
        if (notes.isEmpty()) {
            main.appendElement("p").addClass("muted").text(t.get("site.indicator.breaks.none"));
        } else {
            Element ul = main.appendElement("ul");
            for (String n : notes) {
                nb(ul.appendElement("li").text(n), t);
            }
        }

        main.appendElement("h2").text(t.get("site.indicator.downloads"));
        Element ul = main.appendElement("ul");
        ul.appendElement("li").appendElement("a").attr("href", DATA + "/" + csvFile(page.code()))
                .attr("download", "").text(t.get("site.indicator.csv") + " (" + csvFile(page.code()) + ")");
        ul.appendElement("li").appendElement("a").attr("href", DATA + "/" + metadataFile(page.code()))
                .attr("download", "").text(t.get("site.indicator.metadata") + " (" + metadataFile(page.code()) + ")");
        if (model.dataZip() != null) {
            ul.appendElement("li").appendElement("a").attr("href", DATA + "/" + model.dataZip())
                    .text(t.get("site.nav.data"));
        }
        return doc;
    }

    private static void fact(Element dl, String term, String value, SiteTexts t) {
        dl.appendElement("dt").text(term);
        nb(dl.appendElement("dd").text(value == null || value.isBlank() ? "–" : value), t);
    }

    private static void link(Element parent, SiteModel.Link link, SiteTexts t) {
        Element e = link.page() ? parent.appendElement("a").attr("href", indicatorPage(link.code(), t.language()))
                : parent.appendElement("span");
        nb(e.text(link.name()), t);
    }

    /** The values as {@code values CODE} lists them: the columns that any row fills. */
    private static void table(Element main, SiteModel.Page page, SiteTexts t) {
        List<IndicatorValue> rows = page.values();
        boolean groups = rows.stream().anyMatch(v -> !v.group().isEmpty());
        boolean intervals = rows.stream().anyMatch(v -> v.ciLow() != null && v.ciHigh() != null);
        boolean n = rows.stream().anyMatch(v -> v.n() != null);
        boolean growth1 = rows.stream().anyMatch(v -> v.growthOneYear() != null);
        boolean growth2 = rows.stream().anyMatch(v -> v.growthTwoYears() != null);
        boolean notes = rows.stream().anyMatch(v -> v.note() != null && !v.note().isBlank());
        // the region scrolls, so it must take the keyboard focus (WCAG 2.1.1)
        Element scroll = main.appendElement("div").addClass("table-scroll").attr("tabindex", "0")
                .attr("role", "region").attr("aria-labelledby", "tall");
        Element table = scroll.appendElement("table");
        nb(table.appendElement("caption").text(t.format("site.indicator.table.caption", page.name())), t);
        Element head = table.appendElement("thead").appendElement("tr");
        head.appendElement("th").attr("scope", "col").text(t.get("site.col.period"));
        head.appendElement("th").attr("scope", "col").text(t.get("site.col.area"));
        if (groups) {
            head.appendElement("th").attr("scope", "col").text(t.get("site.col.group"));
        }
        head.appendElement("th").attr("scope", "col").addClass("num").text(t.get("site.col.value"));
        if (intervals) {
            head.appendElement("th").attr("scope", "col").addClass("num").text(t.get("site.col.interval"));
        }
        if (n) {
            head.appendElement("th").attr("scope", "col").addClass("num").text(t.get("site.col.n"));
        }
        if (growth1) {
            head.appendElement("th").attr("scope", "col").addClass("num").text(t.get("site.col.growth1"));
        }
        if (growth2) {
            head.appendElement("th").attr("scope", "col").addClass("num").text(t.get("site.col.growth2"));
        }
        if (notes) {
            head.appendElement("th").attr("scope", "col").text(t.get("site.col.note"));
        }
        Element body = table.appendElement("tbody");
        for (IndicatorValue v : rows) {
            Element tr = body.appendElement("tr");
            tr.appendElement("th").attr("scope", "row").text(v.period().label());
            nb(tr.appendElement("td").text(v.area()), t);
            if (groups) {
                nb(tr.appendElement("td").text(v.group().isEmpty() ? t.get("site.group.all") : v.group()), t);
            }
            tr.appendElement("td").addClass("num").text(value(v, page.unit(), page.decimals()));
            if (intervals) {
                tr.appendElement("td").addClass("num").text(v.suppressed() ? ":" : interval(v, page.unit(), page.decimals()));
            }
            if (n) {
                tr.appendElement("td").addClass("num").text(v.n() == null ? "" : NorwegianFormat.number(v.n(), 0));
            }
            if (growth1) {
                tr.appendElement("td").addClass("num").text(v.suppressed() ? ":" : growth(v.growthOneYear()));
            }
            if (growth2) {
                tr.appendElement("td").addClass("num").text(v.suppressed() ? ":" : growth(v.growthTwoYears()));
            }
            if (notes) {
                nb(tr.appendElement("td").text(v.note() == null ? "" : v.note()), t);
            }
        }
    }

    /** "12,1 %" or "5 594"; ":" for a suppressed cell, which has no number to show. */
    static String value(IndicatorValue v, Unit unit, int decimals) {
        if (v.suppressed()) {
            return ":";
        }
        if (v.value() == null) {
            return "";
        }
        return format(v.value(), unit, decimals);
    }

    private static String format(double value, Unit unit, int decimals) {
        return unit == Unit.PERCENT ? NorwegianFormat.percentOfFraction(value, decimals) : NorwegianFormat.number(value, decimals);
    }

    static String interval(IndicatorValue v, Unit unit, int decimals) {
        if (v.ciLow() == null || v.ciHigh() == null) {
            return "";
        }
        if (unit == Unit.PERCENT) {
            return NorwegianFormat.number(v.ciLow() * 100, decimals) + "–" + NorwegianFormat.percentOfFraction(v.ciHigh(), decimals);
        }
        return NorwegianFormat.number(v.ciLow(), decimals) + "–" + NorwegianFormat.number(v.ciHigh(), decimals);
    }

    private static String growth(Double g) {
        if (g == null) {
            return "";
        }
        return (g > 0 ? "+" : "") + NorwegianFormat.number(g, 0) + " %";
    }

    // ---- search index --------------------------------------------------------------------

    /** {@code window.FRAMDRIFT_SEARCH = [...]}: names, codes and sources of the published indicators. */
    static String searchIndex(SiteModel model) {
        StringBuilder b = new StringBuilder("window.FRAMDRIFT_SEARCH = [\n");
        for (SiteModel.Page p : model.pages()) {
            b.append("  {\"code\": ").append(js(p.code()))
                    .append(", \"name\": ").append(js(p.name()))
                    .append(", \"sources\": ").append(js(String.join(", ", p.sources())))
                    .append(", \"nb\": ").append(js(indicatorPage(p.code(), SiteLanguage.NB)))
                    .append(", \"en\": ").append(js(indicatorPage(p.code(), SiteLanguage.EN)))
                    .append("},\n");
        }
        return b.append("];\n").toString();
    }

    /** A JavaScript string literal; '<' and '>' escaped too, so no text can end a script. */
    static String js(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (char c : (s == null ? "" : s).toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                case '<' -> b.append("\\u003c");
                case '>' -> b.append("\\u003e");
                case '&' -> b.append("\\u0026");
                case '\u2028' -> b.append("\\u2028");
                case '\u2029' -> b.append("\\u2029");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
