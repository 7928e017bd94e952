package no.framdrift.cli;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import no.framdrift.app.export.ChartSpecs;
import no.framdrift.app.export.ExportService;
import no.framdrift.app.export.SiteService;
import no.framdrift.app.Workspace;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.Period;
import no.framdrift.app.export.MapSpecs;
import no.framdrift.report.chart.ChartSpec;
import no.framdrift.report.chart.ExportSize;
import no.framdrift.report.site.SiteWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code export chart CODE --out F.png|svg|pdf}, {@code export deck --out F.pptx|pdf},
 * {@code export site --out DIR} and {@code export data --out F.zip}: the same exports as the
 * window's Diagram tab, "Eksporter rapport…" and "Publiser nettsted…".
 */
@Command(name = "export", description = "Eksporterer diagram, kart, rapport, nettsted eller åpne data.",
        subcommands = {ExportCommand.Chart.class, ExportCommand.MapExport.class, ExportCommand.Deck.class,
                ExportCommand.Site.class, ExportCommand.Data.class})
final class ExportCommand implements Callable<Integer> {

    @ParentCommand
    RootCommand parent;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getOut());
        return 0;
    }

    static <T> T refusedAsUserError(Callable<T> work) throws Exception {
        try {
            return work.call();
        } catch (ExportService.ExportRefused e) {
            throw new UserError(e.getMessage(), 2);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage(), 2);
        }
    }

    /** "kommune", "fylke" or "helseregion" (as in {@code --level}); anything else is the user's mistake. */
    static AreaLevel areaLevel(String level) {
        return MapSpecs.level(level).orElseThrow(() ->
                new UserError("Ukjent nivå: " + level + " (bruk kommune, fylke eller helseregion)", 2));
    }

    /** The picture options that charts and maps share: file, layout size and PNG scale. */
    static final class ImageOptions {

        @Option(names = "--out", required = true, paramLabel = "FIL", description = "Fil (.png, .svg eller .pdf).")
        Path out;

        @Option(names = "--width", defaultValue = "1600", description = "Bredde (standard: ${DEFAULT-VALUE}).")
        int width;

        @Option(names = "--height", defaultValue = "900", description = "Høyde (standard: ${DEFAULT-VALUE}).")
        int height;

        @Option(names = "--scale", defaultValue = "1", converter = DecimalNumber.class, description = "Skala for PNG; 2 gir dobbelt så mange punkter (standard: ${DEFAULT-VALUE}).")
        double scale;

        /** Checked before the data folder is opened: the file's format and the size. */
        ExportSize size() throws Exception {
            return refusedAsUserError(() -> {
                ExportService.chartFormat(out);
                return new ExportSize(width, height, scale);
            });
        }
    }

    @Command(name = "chart", description = "Skriver diagrammet for én indikator til PNG, SVG eller PDF.")
    static final class Chart implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Parameters(index = "0", paramLabel = "CODE", description = "Indikatorkode, f.eks. PLL.")
        String code;

        @CommandLine.Mixin
        ImageOptions image;

        @Override
        public Integer call() throws Exception {
            // check what can be checked before opening the data folder
            ExportSize size = image.size();
            try (Workspace ws = export.parent.openWorkspace()) {
                ExportService service = ExportService.of(ws);
                refusedAsUserError(() -> {
                    ChartSpec chart = service.chartOf(code, ChartSpecs.Options.DEFAULTS);
                    return service.exportChart(chart, image.out, size);
                });
            }
            export.parent.spec.commandLine().getOut().println("Skrev " + image.out);
            return 0;
        }
    }

    @Command(name = "map", description = "Skriver kartet for én indikator (kommuner, fylker eller helseregioner) til PNG, SVG eller PDF.")
    static final class MapExport implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Parameters(index = "0", paramLabel = "CODE", description = "Indikatorkode, f.eks. DIGIHELSE.")
        String code;

        @Option(names = "--level", paramLabel = "NIVÅ", description = "kommune, fylke eller helseregion (standard: det fineste nivået med data).")
        String level;

        @Option(names = "--period", paramLabel = "PERIODE", description = "Perioden som vises, f.eks. 2025Q3 (standard: den nyeste hele perioden).")
        String period;

        @CommandLine.Mixin
        ImageOptions image;

        @Override
        public Integer call() throws Exception {
            ExportSize size = image.size();
            Optional<AreaLevel> chosenLevel = level == null ? Optional.empty() : Optional.of(areaLevel(level));
            Optional<Period> chosenPeriod = period == null ? Optional.empty() : Optional.of(Period.parse(period)
                    .orElseThrow(() -> new UserError("Ukjent periode: " + period + " (skriv f.eks. 2025Q3)", 2)));
            try (Workspace ws = export.parent.openWorkspace()) {
                ExportService service = ExportService.of(ws);
                refusedAsUserError(() -> service.exportMap(service.mapOf(code, chosenLevel, chosenPeriod), image.out, size));
            }
            export.parent.spec.commandLine().getOut().println("Skrev " + image.out);
            return 0;
        }
    }

    @Command(name = "deck", description = "Skriver rapporten (alle indikatorer) til PowerPoint (.pptx) eller PDF.")
    static final class Deck implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Option(names = "--out", required = true, paramLabel = "FIL", description = "Fil (.pptx eller .pdf).")
        Path out;

        @Option(names = "--period", paramLabel = "PERIODE", description = "Vurderingsperioden som vises, f.eks. 2025Q3 (standard: den nyeste).")
        String period;

        @Override
        public Integer call() throws Exception {
            Optional<Period> chosen = refusedAsUserError(() -> {
                ExportService.DeckFormat.of(out);
                if (period == null) {
                    return Optional.<Period>empty();
                }
                return Optional.of(Period.parse(period).orElseThrow(() ->
                        new UserError("Ukjent periode: " + period + " (skriv f.eks. 2025Q3)", 2)));
            });
            try (Workspace ws = export.parent.openWorkspace()) {
                ExportService service = ExportService.of(ws);
                refusedAsUserError(() -> service.exportDeck(out, chosen, null));
            }
            export.parent.spec.commandLine().getOut().println("Skrev " + out);
            return 0;
        }
    }

    @Command(name = "site", description = "Publiserer indikatorene som et statisk nettsted i en mappe "
            + "(virker fra fil og fra enhver webserver, uten eksterne ressurser).")
    static final class Site implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Option(names = "--out", required = true, paramLabel = "MAPPE", description = "Mappen nettstedet skrives til "
                + "(ny, tom eller et nettsted publisert før).")
        Path out;

        @Option(names = "--allow-sample", description = "Publiser også eksempeldata; hver side får banneret "
                + "«Eksempeldata – ikke offisielle tall».")
        boolean allowSample;

        @Override
        public Integer call() throws Exception {
            Path written;
            try (Workspace ws = export.parent.openWorkspace()) {
                written = refusedAsUserError(() -> SiteService.of(ws).exportSite(out, allowSample, null));
            }
            export.parent.spec.commandLine().getOut().println("Skrev " + written.resolve(SiteWriter.INDEX));
            return 0;
        }
    }

    @Command(name = "data", description = "Skriver åpne data som zip: én CSV per publisert indikator, "
            + "metadata og README.")
    static final class Data implements Callable<Integer> {

        @ParentCommand
        ExportCommand export;

        @Option(names = "--out", required = true, paramLabel = "FIL", description = "Fil (.zip).")
        Path out;

        @Option(names = "--allow-sample", description = "Ta med eksempeldata (README-en sier det).")
        boolean allowSample;

        @Override
        public Integer call() throws Exception {
            try (Workspace ws = export.parent.openWorkspace()) {
                refusedAsUserError(() -> SiteService.of(ws).exportData(out, allowSample, null));
            }
            export.parent.spec.commandLine().getOut().println("Skrev " + out);
            return 0;
        }
    }

    /** A decimal number with comma or point: «1,5» as a Norwegian writes it, or 1.5. */
    static final class DecimalNumber implements CommandLine.ITypeConverter<Double> {
        @Override
        public Double convert(String value) {
            return Double.parseDouble(value.strip().replace(',', '.'));
        }
    }
}
