package no.framdrift.ui.values;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.framdrift.app.Workspace;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.ImportKind;
import no.framdrift.domain.Period;
import no.framdrift.domain.RegistryValue;
import no.framdrift.domain.SurveyCell;
import no.framdrift.store.ImportBatchRepository;
import no.framdrift.store.RegistryValueRepository;
import no.framdrift.store.SurveyCellRepository;

/**
 * Survey cells and registry counts written straight into a workspace's store (what an import
 * would leave there), replacing whatever the data folder held, then recomputed.
 *
 * <p>EPJ_KVALITET, weights 0.9 in Helse Vest and 1.2 in Helse Nord (agree / do not agree):
 * <pre>
 *                          2023        2024
 * Lege, Helse Vest         60 / 60     80 / 50
 * Lege, Helse Nord         40 / 40     55 / 35
 * Sykepleier, Helse Vest   70 / 80     90 / 70
 * Sykepleier, Helse Nord   50 / 60     60 / 50
 * Jordmor, Helse Vest       5 / 10      8 /  9   (fewer than 30: suppressed)
 * </pre>
 * 2024 whole: Σw·y = 0.9·178 + 1.2·115 = 298.2, Σw = 0.9·307 + 1.2·200 = 516.3, p = 57.76 %, n = 507.
 * Plus 25 "Vet ikke" answers in 2024, which are not valid and count nowhere.
 *
 * <p>HELSEDATA, applications per quarter nationally: 2023 80 87 50 55, 2024 80 103 60 70, 2025 110 134.
 */
public final class TestData {

    static final double WEST = 0.9;
    static final double NORTH = 1.2;

    private TestData() {
    }

    /** The import batch ids the data went in under. */
    record Batches(long survey2023, long survey2024, long registry) {
    }

    static Batches replaceWithTestData(Workspace ws) {
        Batches ids = ws.transactor().inTransaction(dsl -> {
            ImportBatchRepository batches = new ImportBatchRepository(dsl);
            batches.list().forEach(b -> batches.delete(b.id()));
            long survey2023 = batches.insert(batch(ImportKind.SURVEY, "hpu-2023.csv"));
            long survey2024 = batches.insert(batch(ImportKind.SURVEY, "hpu-2024.csv"));
            SurveyCellRepository cells = new SurveyCellRepository(dsl);
            cells.insertAll(survey2023, year(2023, new int[][] {{60, 60}, {40, 40}, {70, 80}, {50, 60}, {5, 10}}));
            List<SurveyCell> y2024 = new ArrayList<>(year(2024, new int[][] {{80, 50}, {55, 35}, {90, 70}, {60, 50},
                    {8, 9}}));
            y2024.add(new SurveyCell(0, "EPJ_KVALITET", "q1", 2024, "Vet ikke", false, false,
                    Map.of("profesjon", "Lege", "region", "Helse Vest"), 25, 25 * WEST, 25 * WEST * WEST));
            cells.insertAll(survey2024, y2024);

            long registry = batches.insert(batch(ImportKind.REGISTRY, "helsedata.csv"));
            int[][] quarters = {{2023, 80, 87, 50, 55}, {2024, 80, 103, 60, 70}, {2025, 110, 134}};
            List<RegistryValue> counts = new ArrayList<>();
            for (int[] y : quarters) {
                for (int q = 1; q < y.length; q++) {
                    counts.add(new RegistryValue(0, "HELSEDATA", Period.quarter(y[0], q), "NO", AreaLevel.NATION,
                            (double) y[q], null, null));
                }
            }
            new RegistryValueRepository(dsl).insertAll(registry, counts);
            return new Batches(survey2023, survey2024, registry);
        });
        ws.recomputeAll();
        return ids;
    }

    private static List<SurveyCell> year(int year, int[][] counts) {
        String[][] groups = {{"Lege", "Helse Vest"}, {"Lege", "Helse Nord"}, {"Sykepleier", "Helse Vest"},
                {"Sykepleier", "Helse Nord"}, {"Jordmor", "Helse Vest"}};
        List<SurveyCell> out = new ArrayList<>();
        for (int i = 0; i < groups.length; i++) {
            Map<String, String> bg = Map.of("profesjon", groups[i][0], "region", groups[i][1]);
            double w = groups[i][1].equals("Helse Vest") ? WEST : NORTH;
            out.add(cell(year, "Helt eller ganske enig", true, bg, counts[i][0], w));
            out.add(cell(year, "Uenig", false, bg, counts[i][1], w));
        }
        return out;
    }

    private static SurveyCell cell(int year, String answer, boolean positive, Map<String, String> bg, int n, double w) {
        return new SurveyCell(0, "EPJ_KVALITET", "q1", year, answer, positive, true, bg, n, n * w, n * w * w);
    }

    private static ImportBatch batch(ImportKind kind, String file) {
        return new ImportBatch(0, kind, file, 100, "sha-" + file, "csv", "test", Instant.parse("2025-01-01T00:00:00Z"),
                10, 10, 0);
    }
}
