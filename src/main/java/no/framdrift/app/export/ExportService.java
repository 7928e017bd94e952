package no.framdrift.app.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.IntConsumer;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Assessment;
import no.framdrift.report.map.MapExporter;
import no.framdrift.report.map.MapSpec;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorKind;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.Period;
import no.framdrift.report.chart.ChartExporter;
import no.framdrift.report.chart.ChartSpec;
import no.framdrift.report.deck.DeckBuilder;
import no.framdrift.report.deck.DeckModel;
import no.framdrift.report.deck.DeckProgress;
import no.framdrift.report.chart.ExportSize;
import no.framdrift.report.deck.IndicatorPage;
import no.framdrift.report.deck.MapPage;
import no.framdrift.app.catalogue.CatalogueService;
import no.framdrift.app.values.AssessmentDrafts;
import no.framdrift.app.values.IndicatorProgress;
import no.framdrift.app.values.ValuesService;
import no.framdrift.app.Workspace;

/**
 * Exports what the presenter takes to a meeting: one indicator's chart (PNG, SVG or PDF) and the
 * whole report deck (PPTX with native charts, or PDF), both from {@link ChartSpecs}, so the
 * window, the files and the slides show the same numbers. Files are written beside the target
 * and moved into place, so a failed export never leaves half a file.
 */
public final class ExportService {

    /** The deck's title slide heading, as in the seed. */
    public static final String DECK_TITLE = "Oversikt over indikatorer";

    /** A problem the presenter can fix (unknown code, no data, wrong file type), in Norwegian. */
    public static final class ExportRefused extends RuntimeException {
        public ExportRefused(String message) {
            super(message);
        }
    }

    private final CatalogueService catalogue;
    private final ChartSpecs specs;
    private final MapSpecs maps;
    private final ValuesService values;
    private final Clock clock;
    private final AssessmentDrafts drafts = new AssessmentDrafts();
    private final IndicatorProgress progressOf = new IndicatorProgress(no.framdrift.stats.ProgressSettings.DEFAULTS);

    public ExportService(CatalogueService catalogue, ValuesService values, Clock clock) {
        this.catalogue = catalogue;
        this.values = values;
        this.specs = new ChartSpecs(values);
        this.maps = new MapSpecs(values, AreaDirectory.standard());
        this.clock = clock;
    }

    /** The exports of an open workspace. */
    public static ExportService of(Workspace workspace) {
        return new ExportService(workspace.catalogue(), workspace.values(), Clock.systemDefaultZone());
    }

    public ChartSpecs specs() {
        return specs;
    }

    /** The chart of one indicator with the default choices; refused when the code is unknown or has no data. */
    public ChartSpec chartOf(String code, ChartSpecs.Options options) {
        Catalogue c = catalogue.load();
        Indicator indicator = c.indicator(code.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ExportRefused("Ukjent indikatorkode: " + code));
        return specs.build(c, indicator, options)
                .orElseThrow(() -> new ExportRefused("Indikatoren " + indicator.code() + " har ingen verdier å vise ennå."));
    }

    /** The maps of the indicators, from the same values. */
    public MapSpecs maps() {
        return maps;
    }

    /**
     * The map of one indicator at a level (default: the finest level with data) for a period
     * (default: the newest whole period); refused when the code is unknown or has no values per area.
     */
    public MapSpec mapOf(String code, Optional<AreaLevel> level, Optional<Period> period) {
        Catalogue c = catalogue.load();
        Indicator indicator = c.indicator(code.trim().toUpperCase(Locale.ROOT))
                .orElseThrow(() -> new ExportRefused("Ukjent indikatorkode: " + code));
        ValuesService.AreaValues areaValues = values.areaValues(c, indicator); // each level computed once
        AreaLevel chosen = level.orElseGet(() -> maps.levelsWithData(areaValues).stream().findFirst()
                .orElseThrow(() -> new ExportRefused("Indikatoren " + indicator.code()
                        + " har ingen verdier per kommune, fylke eller helseregion å vise på kart.")));
        return maps.build(areaValues, chosen, period).orElseThrow(() -> new ExportRefused(
                "Indikatoren " + indicator.code() + " har ingen verdier per " + levelWord(chosen)
                        + period.map(p -> " for " + p.label()).orElse("")
                        + (maps.levelsWithData(areaValues).isEmpty() ? ""
                        : " (har data for: " + String.join(", ", maps.levelsWithData(areaValues).stream()
                        .map(ExportService::levelWord).toList()) + ")")));
    }

    private static String levelWord(AreaLevel level) {
        return switch (level) {
            case MUNICIPALITY -> "kommune";
            case COUNTY -> "fylke";
            case REGION -> "helseregion";
            default -> level.name().toLowerCase(Locale.ROOT);
        };
    }

    /** Writes one map; the format follows the extension (.png, .svg, .pdf). */
    public Path exportMap(MapSpec spec, Path file, ExportSize size) throws IOException {
        byte[] bytes = new MapExporter().bytes(spec, chartFormat(file), size); // drawn before the file is touched
        writeAtomically(file, out -> out.write(bytes));
        return file;
    }

    /** Writes one chart; the format follows the extension (.png, .svg, .pdf). */
    public Path exportChart(ChartSpec spec, Path file, ExportSize size) throws IOException {
        byte[] bytes = new ChartExporter().bytes(spec, chartFormat(file), size); // rendered before the file is touched
        writeAtomically(file, out -> out.write(bytes));
        return file;
    }

    /** The chart format of a file name, or a refusal naming the allowed extensions. */
    public static ChartExporter.Format chartFormat(Path file) {
        try {
            return ChartExporter.Format.of(file);
        } catch (IllegalArgumentException e) {
            throw new ExportRefused(e.getMessage());
        }
    }

    /** The deck's file formats. */
    public enum DeckFormat {
        PPTX, PDF;

        public static DeckFormat of(Path file) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            if (name.endsWith(".pptx")) {
                return PPTX;
            }
            if (name.endsWith(".pdf")) {
                return PDF;
            }
            throw new ExportRefused("Ukjent filtype for rapport: " + file.getFileName() + " (bruk .pptx eller .pdf)");
        }
    }

    /**
     * The deck: catalogue slides, then one slide per indicator with data (counts get a second slide
     * per year), each with its latest saved assessment, or the one for {@code period} when given.
     *
     * @param progress told the number of indicators done so far (for a progress bar); may be null
     */
    public DeckModel deckModel(Optional<Period> period, IntConsumer progress) {
        Catalogue c = catalogue.load();
        List<IndicatorPage> pages = new ArrayList<>();
        int done = 0;
        for (Indicator indicator : c.indicators()) {
            List<IndicatorValue> stored = values.stored(indicator.code());
            Optional<ChartSpec> chart = specs.build(c, indicator, stored, ChartSpecs.Options.DEFAULTS);
            if (chart.isPresent()) {
                List<Assessment> saved = catalogue.assessments(indicator.code());
                Optional<Assessment> shown = period.isPresent()
                        ? saved.stream().filter(a -> Period.parse(a.period()).equals(period)).findFirst()
                        : saved.stream().findFirst();
                String text = shown.map(Assessment::text).filter(t -> !t.isBlank()).orElse(null);
                // No saved assessment: the sentences drafted from the numbers, marked as a draft on the slide.
                boolean draft = text == null;
                if (draft) {
                    text = drafts.draft(c, indicator, stored);
                }
                // the draft's round, as "Lag utkast" names it: a month's quarter ("Vurdering Q4 2025")
                Optional<String> latestData = AssessmentDrafts.latestPeriod(indicator, stored)
                        .map(d -> d.granularity() == Period.Granularity.MONTH ? d.enclosing(Period.Granularity.QUARTER) : d)
                        .map(Period::label);
                String periodLabel = period.map(Period::label)
                        .or(() -> shown.map(a -> Period.parse(a.period()).map(Period::label).orElse(a.period())))
                        .or(() -> latestData)
                        .orElse(null);
                String status = ChartSpecs.statusText(indicator, progressOf.report(indicator, stored).status());
                pages.add(new IndicatorPage(indicator.code(), null, chart.get(), periodLabel, text, null, draft, status));
                if (indicator.kind() == IndicatorKind.COUNT && ChartSpecs.finest(stored) != Period.Granularity.YEAR) {
                    String pageText = text;
                    specs.build(c, indicator, stored, ChartSpecs.Options.DEFAULTS.withGranularity(Period.Granularity.YEAR))
                            .ifPresent(yearly -> pages.add(new IndicatorPage(indicator.code(),
                                    indicator.name() + ": " + ChartSpecs.countLabel("antall per år", Period.Granularity.YEAR),
                                    yearly, periodLabel, pageText, null, draft, status)));
                }
            }
            if (progress != null) {
                progress.accept(++done);
            }
        }
        return new DeckModel(c, DECK_TITLE, LocalDate.now(clock), version(), pages, mapPages(c, pages));
    }

    /**
     * A map slide for each indicator of the deck with values per county (else per municipality),
     * at the newest whole period.
     */
    private List<MapPage> mapPages(Catalogue c, List<IndicatorPage> pages) {
        List<MapPage> out = new ArrayList<>();
        pages.stream().map(IndicatorPage::indicatorCode).distinct().forEach(code -> c.indicator(code).ifPresent(i -> {
            // each level of the indicator computed once (a registry indicator's levels from one computation)
            ValuesService.AreaValues areaValues = values.areaValues(c, i);
            Optional<AreaLevel> level = !areaValues.at(AreaLevel.COUNTY).isEmpty() ? Optional.of(AreaLevel.COUNTY)
                    : !areaValues.at(AreaLevel.MUNICIPALITY).isEmpty() ? Optional.of(AreaLevel.MUNICIPALITY)
                    : Optional.empty();
            level.flatMap(l -> maps.build(areaValues, l, Optional.empty())).ifPresent(m -> out.add(new MapPage(code, m)));
        }));
        return out;
    }

    /** The number of indicators {@link #deckModel} goes through (for a progress bar). */
    public int deckWork() {
        return catalogue.load().indicators().size();
    }

    /** Writes the deck as .pptx or .pdf (by extension). */
    public Path exportDeck(Path file, Optional<Period> period, IntConsumer progress) throws IOException {
        return exportDeckStepwise(file, period, progress == null ? DeckProgress.NONE
                : (done, total, what) -> progress.accept(done));
    }

    /**
     * Writes the deck as .pptx or .pdf (by extension), telling {@code progress} what is done: first
     * each indicator's values and chart (the first half of the bar), then each indicator slide drawn
     * (the second half). A listener that throws {@link java.util.concurrent.CancellationException}
     * stops the export, and no file is written.
     */
    public Path exportDeckStepwise(Path file, Optional<Period> period, DeckProgress progress) throws IOException {
        DeckFormat format = DeckFormat.of(file);
        int indicators = Math.max(1, deckWork());
        List<Indicator> all = catalogue.load().indicators();
        DeckModel model = deckModel(period, done -> progress.step(done, 2 * indicators,
                "Henter verdier: " + (done - 1 < all.size() ? all.get(Math.max(0, done - 1)).name() : "")));
        DeckProgress slides = (done, total, what) -> progress.step(indicators + (total == 0 ? indicators
                : done * indicators / total), 2 * indicators, what);
        writeAtomically(file, out -> {
            if (format == DeckFormat.PPTX) {
                new DeckBuilder().writePptx(model, out, slides);
            } else {
                new DeckBuilder().writePdf(model, out, slides);
            }
        });
        return file;
    }

    /** The periods assessments are saved for, newest first (the choices of "which period"). */
    public List<Period> assessmentPeriods() {
        Catalogue c = catalogue.load();
        return c.indicators().stream().flatMap(i -> catalogue.assessments(i.code()).stream())
                .map(a -> Period.parse(a.period())).flatMap(Optional::stream).distinct()
                .sorted(Comparator.reverseOrder()).toList();
    }

    private static String version() {
        String v = ExportService.class.getPackage().getImplementationVersion();
        return v == null ? "" : "v." + v;
    }

    interface Writer {
        void write(OutputStream out) throws IOException;
    }

    /**
     * Writes to a hidden file beside the target and moves it into place: a failure leaves neither
     * half a file nor a changed one. A folder is never replaced, and a file system error is told in
     * Norwegian with the target's name.
     */
    /** No write permission for the owner (even root respects it here), or none for this user. */
    static boolean isWriteProtected(Path file) {
        try {
            return !Files.getPosixFilePermissions(file).contains(java.nio.file.attribute.PosixFilePermission.OWNER_WRITE)
                    || !file.toFile().canWrite();
        } catch (UnsupportedOperationException | IOException e) {
            return !file.toFile().canWrite();
        }
    }

    static void writeAtomically(Path file, Writer writer) throws IOException {
        Path target = file.toAbsolutePath();
        if (Files.isDirectory(target)) {
            throw new ExportRefused(target + " er en mappe; skriv navnet på filen som skal lages");
        }
        // issue 18: a link is not silently turned into a file, and a write-protected file stays as it is
        if (Files.isSymbolicLink(target)) {
            throw new ExportRefused(target + " er en snarvei (symbolsk lenke) og erstattes ikke; skriv til filen den peker på, "
                    + "eller velg et annet navn");
        }
        if (Files.exists(target) && isWriteProtected(target)) {
            throw new ExportRefused(target + " er skrivebeskyttet og erstattes ikke");
        }
        Path dir = target.getParent();
        Path tmp = null;
        try {
            if (dir != null) {
                Files.createDirectories(dir);
            }
            // CREATE_NEW with the usual permissions (a temp file would be private to its owner)
            tmp = target.resolveSibling("." + target.getFileName() + "." + Long.toUnsignedString(System.nanoTime(), 36) + ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp, java.nio.file.StandardOpenOption.CREATE_NEW,
                    java.nio.file.StandardOpenOption.WRITE)) {
                writer.write(out);
            }
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (java.nio.file.AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (java.nio.file.AccessDeniedException e) {
            throw new ExportRefused("Kan ikke skrive " + target + ": ingen skrivetilgang til mappen");
        } catch (java.nio.file.NoSuchFileException e) {
            throw new ExportRefused("Kan ikke skrive " + target + ": mappen finnes ikke og kan ikke lages");
        } catch (java.nio.file.FileSystemException e) {
            throw new ExportRefused("Kan ikke skrive " + target + ": filsystemet tillater det ikke"
                    + (e.getReason() == null ? "" : " (" + e.getReason() + ")"));
        } finally {
            if (tmp != null) {
                Files.deleteIfExists(tmp);
            }
        }
    }
}
