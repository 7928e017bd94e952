package no.framdrift.app.values;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import no.framdrift.domain.ImportBatch;
import no.framdrift.app.overview.CatalogueOverviewService;
import no.framdrift.app.imports.ImportBench;
import no.framdrift.app.imports.ImportRequest;
import no.framdrift.app.overview.OverviewService;
import no.framdrift.app.Workspace;

/**
 * Benchmark of the compute engine (issue 4), reported in docs/PERFORMANCE.md:
 * <ol>
 *   <li>recomputing and storing every indicator of the sample workspace;</li>
 *   <li>survey shares by profession × health region for one question over a 1,000,000-respondent
 *       survey, from the stored sufficient statistics (read from H2 and computed).</li>
 * </ol>
 * Medians of several runs after a warm-up; run it on a quiet machine.
 */
public final class ComputeBench {

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(dir);
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20);

        Path sampleDir = dir.resolve("compute-sample");
        if (Files.exists(sampleDir)) {
            ImportBench.deleteTree(sampleDir);
        }
        try (Workspace ws = Workspace.open(sampleDir, Workspace.Start.SAMPLE)) {
            double[] t = new double[7];
            double[] cpu = new double[7];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            for (int i = 0; i < t.length; i++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                ws.recomputeAll();
                t[i] = (System.nanoTime() - start) / 1e9;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            }
            System.out.printf(Locale.ROOT, "recompute every indicator of the sample workspace: wall %s s (median of the last 5 %.3f s), "
                            + "CPU of the recomputing thread %s s (median %.3f s)%n",
                    ImportBench.fmt(t), ImportBench.median(Arrays.copyOfRange(t, 2, 7)), ImportBench.fmt(cpu),
                    ImportBench.median(Arrays.copyOfRange(cpu, 2, 7)));
        }

        try (Workspace ws = Workspace.open(sampleDir, Workspace.Start.SAMPLE)) {
            OverviewService overview = new CatalogueOverviewService(ws.catalogue(), code -> ws.values().stored(code));
            double[] t = new double[7];
            for (int i = 0; i < t.length; i++) {
                long start = System.nanoTime();
                overview.load(java.time.LocalDate.of(2025, 11, 27));
                t[i] = (System.nanoTime() - start) / 1e6;
            }
            System.out.printf(Locale.ROOT, "load the overview of the sample workspace from stored values: runs %s ms, "
                    + "first %.0f ms, median of the last 5 %.1f ms%n", ImportBench.fmt(t), t[0],
                    ImportBench.median(Arrays.copyOfRange(t, 2, 7)));
        }

        Path survey = dir.resolve("survey-1m.csv");
        if (!Files.exists(survey)) {
            ImportBench.writeSurvey(survey, ImportBench.RESPONDENTS, 1);
        }
        Path bigDir = dir.resolve("compute-1m");
        if (Files.exists(bigDir)) {
            ImportBench.deleteTree(bigDir);
        }
        try (Workspace ws = Workspace.open(bigDir, Workspace.Start.SAMPLE)) {
            for (ImportBatch b : ws.imports().batches()) {
                ws.imports().removeBatch(b.id());
            }
            ws.imports().importFile(ImportRequest.of(survey, ImportBench.surveyProfile()));
            Catalogue catalogue = ws.catalogue().load();
            Indicator epj = catalogue.indicator("EPJ_KVALITET").orElseThrow();
            List<String> by = List.of("profesjon", "helseregion");
            double[] t = new double[12];
            double[] cpu = new double[12];
            var threads = java.lang.management.ManagementFactory.getThreadMXBean();
            int groups = 0;
            for (int i = 0; i < t.length; i++) {
                long start = System.nanoTime();
                long cpuStart = threads.getCurrentThreadCpuTime();
                List<IndicatorValue> values = ws.values().compute(catalogue, epj, by);
                t[i] = (System.nanoTime() - start) / 1e6;
                cpu[i] = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e6;
                groups = values.size();
            }
            System.out.printf(Locale.ROOT,
                    "shares by profession x region, one question, 1,000,000 respondents (4 years, %d values): wall %s ms "
                            + "(median of the last 10 %.1f ms), CPU %s ms (median %.1f ms)%n",
                    groups, ImportBench.fmt(t), ImportBench.median(Arrays.copyOfRange(t, 2, 12)), ImportBench.fmt(cpu),
                    ImportBench.median(Arrays.copyOfRange(cpu, 2, 12)));
        }
    }
}
