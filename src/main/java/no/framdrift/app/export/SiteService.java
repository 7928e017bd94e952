package no.framdrift.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import no.framdrift.app.Workspace;
import no.framdrift.app.catalogue.CatalogueService;
import no.framdrift.app.overview.CatalogueOverviewService;
import no.framdrift.app.overview.Overview;
import no.framdrift.app.overview.OverviewTile;
import no.framdrift.app.overview.TileChange;
import no.framdrift.app.values.ValuesCsv;
import no.framdrift.app.values.ValuesService;
import no.framdrift.domain.Assessment;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.GoalArea;
import no.framdrift.domain.GoalKind;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.domain.Period;
import no.framdrift.domain.SeriesBreak;
import no.framdrift.domain.Status;
import no.framdrift.domain.Unit;
import no.framdrift.ingest.CatalogueJson;
import no.framdrift.report.chart.ChartSpec;
import no.framdrift.report.site.OpenDataZip;
import no.framdrift.report.site.SiteModel;
import no.framdrift.report.site.SiteWriter;

/**
 * Publishes the indicator set: the static website ({@code export site}, "Fil → Publiser
 * nettsted…") and the open-data zip ({@code export data}). Every number comes from the use cases
 * the window and the command line use: the overview's tiles ({@link CatalogueOverviewService}),
 * the rows of {@code values CODE} ({@link ValuesService#compute} and {@link ValuesCsv}) and the
 * exports' chart ({@link ChartSpecs}), so the site cannot disagree with them.
 *
 * <p>Only indicators marked for publication are published ({@link Indicator#isPublished()}), and
 * example data only when asked for; then every page says so.
 */
public final class SiteService {

    /** Why example data are not published without asking; the message says how to ask. */
    public static final String SAMPLE_REFUSED = "Arbeidsområdet inneholder eksempeldata. Slike tall publiseres bare "
            + "med --allow-sample (da står «Eksempeldata – ikke offisielle tall» på hver side).";

    private final CatalogueService catalogue;
    private final ValuesService values;
    private final ChartSpecs specs;
    private final BooleanSupplier sampleData;
    private final Clock clock;
    private final CatalogueJson json = new CatalogueJson();

    public SiteService(CatalogueService catalogue, ValuesService values, BooleanSupplier sampleData, Clock clock) {
        this.catalogue = catalogue;
        this.values = values;
        this.specs = new ChartSpecs(values);
        this.sampleData = sampleData;
        this.clock = clock;
    }

    /** The publishing of an open workspace. */
    public static SiteService of(Workspace workspace) {
        return new SiteService(workspace.catalogue(), workspace.values(), workspace::holdsSampleData,
                Clock.systemDefaultZone());
    }

    /** Whether the workspace's values come from example data (then {@code allowSample} is needed). */
    public boolean sampleData() {
        return sampleData.getAsBoolean();
    }

    /**
     * Everything the site and the zip show. Refused ({@link #SAMPLE_REFUSED}) when the
     * workspace holds example data and {@code allowSample} is false.
     *
     * @param progress told the number of indicators done so far; may be null
     */
    public SiteModel model(boolean allowSample, IntConsumer progress) {
        boolean sample = sampleData();
        if (sample && !allowSample) {
            throw new ExportService.ExportRefused(SAMPLE_REFUSED);
        }
        Catalogue c = catalogue.load();
        LocalDate today = LocalDate.now(clock);
        Overview overview = new CatalogueOverviewService(catalogue, values::stored).load(today);

        List<SiteModel.Goal> goals = new ArrayList<>();
        List<SiteModel.Reporting> reporting = new ArrayList<>();
        for (GoalArea goal : c.goals()) {
            List<SiteModel.Tile> tiles = new ArrayList<>();
            int ready = 0;
            int inProgress = 0;
            int waiting = 0;
            int published = 0;
            for (Indicator i : c.topLevelIn(goal.code())) {
                if (i.status() == Status.KLAR) {
                    ready++;
                } else if (i.status() == Status.UNDER_ARBEID) {
                    inProgress++;
                } else if (i.status() == Status.AVVENT) {
                    waiting++;
                }
                if (i.isPublished()) {
                    published++;
                    overview.tile(i.code()).ifPresent(t -> tiles.add(tile(c, t)));
                }
            }
            goals.add(new SiteModel.Goal(goal.code(), goal.title(), goal.kind() == GoalKind.OVERARCHING, tiles));
            reporting.add(new SiteModel.Reporting(goal.title(), ready, inProgress, waiting, published));
        }

        List<SiteModel.Page> pages = new ArrayList<>();
        int done = 0;
        for (Indicator i : published(c)) {
            pages.add(page(c, i, overview));
            if (progress != null) {
                progress.accept(++done);
            }
        }
        List<SiteModel.Future> future = c.futureIndicators().stream()
                .map(f -> new SiteModel.Future(f.code(), c.goal(f.goal()).map(GoalArea::title).orElse(f.goal()),
                        f.name(), f.description()))
                .toList();
        return new SiteModel(ExportService.DECK_TITLE, today, catalogueVersion(c), sample, goals, reporting, pages, future,
                OpenDataZip.FILE_NAME);
    }

    /** The indicators to publish, composites before their parts, in catalogue order. */
    static List<Indicator> published(Catalogue c) {
        List<Indicator> out = new ArrayList<>();
        for (Indicator top : c.topLevel()) {
            if (top.isPublished()) {
                out.add(top);
            }
            for (Indicator part : c.partsOf(top)) {
                if (part.isPublished()) {
                    out.add(part);
                }
            }
        }
        return out;
    }

    /** How many steps {@link #model} reports (for a progress bar). */
    public int work() {
        return published(catalogue.load()).size();
    }

    /**
     * Writes the website into {@code dir}: built in a folder beside it and moved into place, so a
     * failure leaves the old site (or nothing). A folder that holds anything but an earlier
     * Framdrift site is never replaced.
     */
    public Path exportSite(Path dir, boolean allowSample, IntConsumer progress) throws IOException {
        Path target = dir.toAbsolutePath().normalize();
        checkReplaceable(target);
        SiteModel model = model(allowSample, progress);
        Path parent = target.getParent();
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".");
        try {
            new SiteWriter().write(model, tmp, progress == null ? null : n -> progress.accept(model.pages().size() + n));
            Files.createDirectories(tmp.resolve(SiteWriter.DATA));
            try (OutputStream out = Files.newOutputStream(tmp.resolve(SiteWriter.DATA).resolve(OpenDataZip.FILE_NAME))) {
                new OpenDataZip().write(model, out);
            }
            if (Files.exists(target)) {
                deleteTree(target);
            }
            Files.move(tmp, target);
            tmp = null;
        } finally {
            if (tmp != null) {
                deleteTree(tmp);
            }
        }
        return target;
    }

    /** The steps of {@link #exportSite}: the indicators, then the pages. */
    public int siteWork() {
        int n = work();
        return n + n + 1;
    }

    /** Writes the open-data zip (temporary file beside it, then moved into place). */
    public Path exportData(Path file, boolean allowSample, IntConsumer progress) throws IOException {
        if (!file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".zip")) {
            throw new ExportService.ExportRefused("Ukjent filtype for åpne data: " + file.getFileName() + " (bruk .zip)");
        }
        SiteModel model = model(allowSample, progress);
        ExportService.writeAtomically(file, out -> new OpenDataZip().write(model, out));
        return file;
    }

    private static void checkReplaceable(Path target) throws IOException {
        if (Files.isRegularFile(target)) {
            throw new ExportService.ExportRefused(target + " er en fil; skriv navnet på mappen nettstedet skal ligge i");
        }
        if (Files.isDirectory(target) && !Files.exists(target.resolve(SiteWriter.MARKER))) {
            try (Stream<Path> s = Files.list(target)) {
                if (s.findAny().isPresent()) {
                    throw new ExportService.ExportRefused(target + " inneholder andre filer; velg en tom mappe "
                            + "eller en mappe med et nettsted publisert tidligere");
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    // ---- the parts of the model --------------------------------------------------------

    private SiteModel.Tile tile(Catalogue c, OverviewTile t) {
        Indicator i = c.indicator(t.code()).orElse(null);
        boolean page = i != null && i.isPublished();
        String value = !t.hasData() ? null : t.latestValue() == null ? ":" : format(t.latestValue(), t.unit(), t.decimals());
        String period = t.latestPeriodIfAny().map(Period::label).orElse(null);
        SiteModel.Change change = t.changeIfAny().map(ch -> change(ch, t.decimals())).orElse(null);
        List<SiteModel.Tile> parts = t.parts().stream().map(p -> tile(c, p)).toList();
        return new SiteModel.Tile(t.code(), t.name(), t.status(), value, period, change, t.progress().name(), parts, page);
    }

    /** As the overview writes a change: percentage points for shares, per cent for counts. */
    static SiteModel.Change change(TileChange ch, int decimals) {
        boolean points = ch.unit() == TileChange.AmountUnit.PERCENTAGE_POINTS;
        String amount = (ch.amount() > 0 ? "+" : "") + NorwegianFormat.number(ch.amount(), points ? decimals : 0);
        return new SiteModel.Change(amount, points, ch.from().label(), ch.direction().name(), ch.marginTested(),
                ch.outsideMargin(), ch.comparable());
    }

    private static String format(double v, Unit unit, int decimals) {
        return unit == Unit.PERCENT ? NorwegianFormat.percentOfFraction(v, decimals) : NorwegianFormat.number(v, decimals);
    }

    private SiteModel.Page page(Catalogue c, Indicator i, Overview overview) {
        // the same rows as `values CODE`
        List<IndicatorValue> rows = values.compute(c, i, List.of());
        Optional<ChartSpec> chart = specs.build(c, i, ChartSpecs.Options.DEFAULTS);
        Optional<Assessment> assessment = catalogue.assessments(i.code()).stream().findFirst();
        String goal = c.goal(i.goal()).map(GoalArea::title).orElse(i.goal());
        SiteModel.Link composite = i.parentCode().flatMap(c::indicator)
                .map(p -> new SiteModel.Link(p.code(), p.name(), p.isPublished())).orElse(null);
        List<SiteModel.Link> parts = c.partsOf(i).stream()
                .map(p -> new SiteModel.Link(p.code(), p.name(), p.isPublished())).toList();
        List<String> breaks = i.seriesBreaks().stream().map(SiteService::breakText).toList();
        List<String> notes = new ArrayList<>();
        if (i.note() != null && !i.note().isBlank()) {
            notes.add(i.note());
        }
        chart.ifPresent(spec -> spec.footnotes().stream().filter(n -> !notes.contains(n) && !isBreakNote(n, i))
                .forEach(notes::add));
        String progress = overview.tile(i.code()).map(t -> t.progress().name()).orElse("NO_DATA");
        return new SiteModel.Page(i.code(), i.name(), goal, composite, parts, i.measures(), i.about(), i.sources(),
                i.frequency(), i.status(), i.unit(), i.decimals(), ambition(i), progress,
                assessment.map(a -> Period.parse(a.period()).map(Period::label).orElse(a.period())).orElse(null),
                assessment.map(Assessment::text).orElse(null), chart.orElse(null), rows, breaks, notes,
                ValuesCsv.of(rows, values.sampleBatchIds()), metadata(c, i));
    }

    /** "XX % i 2030" (the page's label already says "Ambisjon"). */
    private static String ambition(Indicator i) {
        String s = i.ambitionSummary();
        return s.startsWith("Ambisjon: ") ? s.substring("Ambisjon: ".length()) : s;
    }

    private static String breakText(SeriesBreak b) {
        String period = Period.parse(b.period()).map(Period::label).orElse(b.period());
        return "Brudd i tidsserien fra " + period + (b.note() == null || b.note().isBlank() ? "." : ": " + b.note());
    }

    private static boolean isBreakNote(String footnote, Indicator i) {
        String f = footnote.startsWith("*") ? footnote.substring(1) : footnote;
        return i.seriesBreaks().stream().anyMatch(b -> b.note() != null && f.strip().equals(b.note().strip()));
    }

    /** The definition as the catalogue JSON writes it, with the goal's title beside its code. */
    String metadata(Catalogue c, Indicator i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("code", i.code());
        m.put("name", i.name());
        m.put("goal", i.goal());
        m.put("goalTitle", c.goal(i.goal()).map(GoalArea::title).orElse(null));
        m.put("parent", i.parent());
        m.put("parts", i.parts());
        m.put("measures", i.measures());
        m.put("about", i.about());
        m.put("sources", i.sources());
        m.put("status", i.status());
        m.put("frequency", i.frequency());
        m.put("kind", i.kind());
        m.put("unit", i.unit());
        m.put("decimals", i.decimals());
        m.put("higherIsBetter", i.higherIsBetter());
        m.put("valueLabel", i.valueLabel());
        m.put("timeAggregation", i.timeAggregation());
        m.put("baseline", i.baseline());
        m.put("ambitions", i.ambitions());
        m.put("seriesBreaks", i.seriesBreaks());
        m.put("note", i.note());
        m.put("csv", SiteWriter.csvFile(i.code()));
        m.put("csvColumns", ValuesCsv.COLUMNS);
        return json.toJson(m) + "\n";
    }

    /**
     * The catalogue's version as published: the first eight hex digits of the SHA-256 of its JSON,
     * so two publications of the same catalogue carry the same version and any edit changes it.
     */
    static String catalogueVersion(Catalogue c) {
        try {
            byte[] bytes = new CatalogueJson().toJson(c).getBytes(StandardCharsets.UTF_8);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
            return c.schemaVersion() + "." + HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
