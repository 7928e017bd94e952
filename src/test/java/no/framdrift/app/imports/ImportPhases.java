package no.framdrift.app.imports;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.ImportBatch;
import no.framdrift.domain.ImportKind;
import no.framdrift.ingest.ImportPass;
import no.framdrift.ingest.Reduced;
import no.framdrift.store.Database;
import no.framdrift.store.ImportBatchRepository;
import no.framdrift.store.SurveyCellRepository;
import no.framdrift.store.Transactor;

/**
 * Where the survey import's time goes: CPU time of the importing thread (and wall time) for
 * reading + validating + reducing the bench survey, and for storing its 35,840 cells in one
 * transaction, separately, N times in one JVM (the first runs pay for the JIT). Run after
 * ImportBench has written the files: {@code ImportPhases target/bench [N] [readonly]}.
 */
public final class ImportPhases {
    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Path survey = dir.resolve("survey-1m.csv");
        var mx = ManagementFactory.getThreadMXBean();
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int i = 0; i < n; i++) {
            long c0 = mx.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Reduced r = new ImportPass(AreaDirectory.standard()).run(survey, ImportBench.surveyProfile(),
                    ImportPass.Options.defaults().withObserver(no.framdrift.ingest.RowObserver.NONE));
            long c1 = mx.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            if (args.length > 2) {
                System.out.printf(Locale.ROOT, "read+reduce cpu %.3f wall %.3f%n", (c1 - c0) / 1e9, (t1 - t0) / 1e9);
                continue;
            }
            Path data = Files.createTempDirectory(dir, "data");
            long c2, t2, c3, t3;
            try (Database db = Database.open(data)) {
                Transactor tx = new Transactor(db.dsl());
                c2 = mx.getCurrentThreadCpuTime();
                t2 = System.nanoTime();
                tx.run(dsl -> {
                    long id = new ImportBatchRepository(dsl).insert(new ImportBatch(0, ImportKind.SURVEY, "x", 1, "s", "f", "p",
                            java.time.Instant.now(), 0, 0, 0));
                    new SurveyCellRepository(dsl).insertAll(id, r.surveyCells());
                });
                c3 = mx.getCurrentThreadCpuTime();
                t3 = System.nanoTime();
            }
            ImportBench.deleteTree(data);
            System.out.printf(Locale.ROOT, "read+reduce cpu %.3f wall %.3f | store %d cells cpu %.3f wall %.3f%n",
                    (c1 - c0) / 1e9, (t1 - t0) / 1e9, r.surveyCells().size(), (c3 - c2) / 1e9, (t3 - t2) / 1e9);
        }
    }
}
