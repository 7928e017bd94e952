package no.framdrift.report.chart;

import java.nio.file.Files;
import java.nio.file.Path;

/** Writes one PNG per chart kind for looking at (and for docs/images): run with a folder argument. */
final class DocsImages {

    private DocsImages() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/chart-preview");
        Files.createDirectories(dir);
        ChartExporter exporter = new ChartExporter();
        String[] names = {"pll", "epj-kvalitet", "ddfl-progress", "helsedata-kvartal", "helsedata-aar", "helsenorge-deler"};
        int i = 0;
        for (ChartSpec spec : SeedCharts.all()) {
            for (int[] size : new int[][]{{1600, 900}, {1200, 675}, {800, 450}}) {
                exporter.export(spec, dir.resolve(names[i] + "-" + size[0] + ".png"), ExportSize.of(size[0], size[1]));
            }
            exporter.export(spec, dir.resolve(names[i] + ".svg"), ExportSize.DEFAULT);
            exporter.export(spec, dir.resolve(names[i] + ".pdf"), ExportSize.DEFAULT);
            i++;
        }
    }
}
