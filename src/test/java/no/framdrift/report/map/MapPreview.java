package no.framdrift.report.map;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.framdrift.domain.Area;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.NorwegianFormat;
import no.framdrift.report.chart.ExportSize;

/** Writes example maps (made-up values) to a folder, to look at: {@code MapPreview OUT_DIR}. */
public final class MapPreview {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/map-preview");
        Files.createDirectories(dir);
        MapExporter exporter = new MapExporter();
        for (AreaLevel level : List.of(AreaLevel.MUNICIPALITY, AreaLevel.COUNTY, AreaLevel.REGION)) {
            long t0 = System.nanoTime();
            MapSpec spec = example(level);
            Files.write(dir.resolve(level.name().toLowerCase() + ".png"), exporter.png(spec, ExportSize.of(1600, 900)));
            Files.writeString(dir.resolve(level.name().toLowerCase() + ".svg"), exporter.svg(spec, ExportSize.of(1600, 900)));
            System.out.println(level + " " + (System.nanoTime() - t0) / 1_000_000 + " ms");
        }
    }

    static MapSpec example(AreaLevel level) {
        List<MapArea> areas = new ArrayList<>();
        int i = 0;
        for (Area a : AreaDirectory.standard().ofLevel(level)) {
            i++;
            if (i % 11 == 0) {
                areas.add(new MapArea(a.code(), a.name(), null, true, null, null));
            } else if (i % 13 == 0) {
                areas.add(MapArea.noData(a.code(), a.name()));
            } else {
                double v = 0.3 + 0.6 * ((i * 37) % 100) / 100.0;
                areas.add(new MapArea(a.code(), a.name(), v, false, NorwegianFormat.percentOfFraction(v, 1), "n = " + (100 + i)));
            }
        }
        List<MapArea> overlays = level == AreaLevel.REGION
                ? List.of(new MapArea("BERGENSOMRADET", "Bergensområdet", 0.121, false, "12,1 %", ""))
                : List.of();
        return MapSpec.of("Eksempel: andel per " + level, "3. kvartal 2025", level, areas, overlays, true,
                "Andel av innbyggerne", "Kilde: eksempel", List.of(), true);
    }
}
