package no.framdrift.app.imports;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import no.framdrift.domain.Area;
import no.framdrift.domain.AreaDirectory;
import no.framdrift.domain.AreaLevel;
import no.framdrift.domain.ImportKind;
import no.framdrift.ingest.ImportProfile;
import no.framdrift.store.Database;
import no.framdrift.store.Transactor;

/**
 * Benchmark of the whole import (parse, validate, reduce, store) against a plain-Java floor
 * (read the lines and split them), medians of 3, on generated files:
 * a 1,000,000-respondent survey with 10 columns (~49 MB) and a 5,000,000-row person-level
 * registry extract (~130 MB). Not a test; run it by hand (see docs/PERFORMANCE.md):
 *
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -XX:+UseParallelGC -Xmx512m -cp target/classes:target/test-classes:$(cat target/cp.txt) no.framdrift.app.imports.ImportBench target/bench
 * </pre>
 * {@code -XX:+UseParallelGC} is how the app runs (packaging/jpackage/app-image.args, javafx:run);
 * leave it out to measure the JVM's default collector.
 * A second argument {@code survey} runs only the survey benchmark.
 */
public final class ImportBench {

    public static final int RESPONDENTS = 1_000_000;
    static final int PERSONS = 5_000_000;
    static final int RUNS = 3;

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench");
        Files.createDirectories(dir);
        Path survey = dir.resolve("survey-1m.csv");
        Path registry = dir.resolve("registry-5m.csv");
        if (!Files.exists(survey)) {
            writeSurvey(survey, RESPONDENTS, 1);
        }
        if (!Files.exists(registry)) {
            writeRegistry(registry, PERSONS, 2);
        }
        System.out.printf(Locale.ROOT, "java %s, %d cores, max heap %d MB, collector %s%n", System.getProperty("java.version"),
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getGarbageCollectorMXBeans().stream()
                        .map(java.lang.management.GarbageCollectorMXBean::getName).toList());
        report("survey, 1,000,000 respondents, 10 columns", survey, surveyProfile(), dir);
        if (args.length < 2 || !args[1].equals("survey")) {
            report("registry, 5,000,000 person rows", registry, registryProfile(), dir);
        }
    }

    static void report(String what, Path file, ImportProfile profile, Path dir) throws Exception {
        double[] floor = new double[RUNS];
        double[] whole = new double[RUNS];
        double[] floorCpu = new double[RUNS];
        double[] wholeCpu = new double[RUNS];
        ImportSummary last = null;
        for (int i = 0; i < RUNS; i++) {
            double c0 = processCpu();
            floor[i] = floor(file);
            floorCpu[i] = processCpu() - c0;
            Path data = Files.createTempDirectory(dir, "data");
            try (Database db = Database.open(data)) {
                ImportService imports = new ImportService(new Transactor(db.dsl()), AreaDirectory::standard,
                        () -> Set.of("EPJ_KVALITET", "EPJ_EFFEKTIV", "TILGANG_PASIENTINFO", "ENKLERE_ARBEIDSHVERDAG", "PLL"),
                        Clock.systemUTC());
                System.gc();
                double c1 = processCpu();
                long t0 = System.nanoTime();
                last = imports.importFile(ImportRequest.of(file, profile));
                whole[i] = (System.nanoTime() - t0) / 1e9;
                wholeCpu[i] = processCpu() - c1;
            }
            deleteTree(data);
        }
        double f = median(floor);
        double w = median(whole);
        System.out.printf(Locale.ROOT, "%s (%.0f MB): floor %s s, whole import %s s (median %.2f s), ratio %.1f; %d rows read, %d reduced rows stored%n",
                what, Files.size(file) / 1e6, fmt(floor), fmt(whole), w, w / f, last.rowsRead(), last.storedRows());
        System.out.printf(Locale.ROOT, "  CPU seconds (all threads): floor %s, whole import %s, ratio of medians %.1f; load average %.1f%n",
                fmt(floorCpu), fmt(wholeCpu), median(wholeCpu) / median(floorCpu),
                java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /** Plain Java: read every line and split it at the delimiter. */
    static double floor(Path file) throws IOException {
        long t0 = System.nanoTime();
        long fields = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                fields += line.split(",", -1).length;
            }
        }
        double s = (System.nanoTime() - t0) / 1e9;
        if (fields == 0) {
            throw new IllegalStateException();
        }
        return s;
    }

    static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }

    public static String fmt(double[] v) {
        return Arrays.toString(Arrays.stream(v).map(x -> Math.round(x * 100) / 100.0).toArray());
    }

    public static double median(double[] v) {
        double[] c = v.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }

    static final String[] PROFESSIONS = {"Lege", "Sykepleier", "Helsefagarbeider", "Helsesekretaer", "Bioingenior", "Fysioterapeut",
            "Psykolog", "Jordmor"};
    static final String[] REGIONS = {"Helse Sør-Øst", "Helse Vest", "Helse Midt-Norge", "Helse Nord"};
    static final String[] AGES = {"u30", "30-39", "40-49", "50-59", "60+"};

    /** aar,vekt,profesjon,helseregion,kjonn,aldersgruppe,q1,q2,q3,q4 — about 49 bytes a row. */
    public static void writeSurvey(Path file, int n, long seed) throws IOException {
        Random rnd = new Random(seed);
        String[] codes = {"1", "2", "3", "4", "5", "9", ""};
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("aar,vekt,profesjon,helseregion,kjonn,aldersgruppe,q1,q2,q3,q4\n");
            StringBuilder sb = new StringBuilder(64);
            for (int i = 0; i < n; i++) {
                sb.setLength(0);
                sb.append(2021 + i % 4).append(',').append(String.format(Locale.ROOT, "%.4f", 0.3 + rnd.nextDouble() * 2.2))
                        .append(',').append(PROFESSIONS[rnd.nextInt(PROFESSIONS.length)]).append(',')
                        .append(REGIONS[rnd.nextInt(4)]).append(',').append(rnd.nextBoolean() ? "K" : "M").append(',')
                        .append(AGES[rnd.nextInt(AGES.length)]);
                for (int q = 0; q < 4; q++) {
                    sb.append(',').append(codes[rnd.nextInt(codes.length)]);
                }
                sb.append('\n');
                w.write(sb.toString());
            }
        }
    }

    /** maaned,kommunenr,kjonn,fodselsaar,har_pll — one row per person, about 26 bytes a row. */
    static void writeRegistry(Path file, int n, long seed) throws IOException {
        Random rnd = new Random(seed);
        List<String> munis = new ArrayList<>();
        for (Area a : AreaDirectory.standard().ofLevel(AreaLevel.MUNICIPALITY)) {
            munis.add(a.code());
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("maaned,kommunenr,kjonn,fodselsaar,har_pll\n");
            StringBuilder sb = new StringBuilder(40);
            for (int i = 0; i < n; i++) {
                sb.setLength(0);
                sb.append("2025-").append(String.format(Locale.ROOT, "%02d", 1 + rnd.nextInt(12))).append(',')
                        .append(munis.get(rnd.nextInt(munis.size()))).append(',').append(rnd.nextBoolean() ? "Kvinne" : "Mann")
                        .append(',').append(1925 + rnd.nextInt(100)).append(',').append(rnd.nextInt(100) < 3 ? '1' : '0').append('\n');
                w.write(sb.toString());
            }
        }
    }

    public static ImportProfile surveyProfile() {
        Map<String, String> codes = Map.of("5", "Helt enig", "4", "Ganske enig", "3", "Verken enig eller uenig", "2", "Ganske uenig",
                "1", "Helt uenig", "9", "Vet ikke");
        List<String> answers = List.of("Helt enig", "Ganske enig", "Verken enig eller uenig", "Ganske uenig", "Helt uenig");
        List<ImportProfile.Question> qs = new ArrayList<>();
        String[] indicators = {"EPJ_KVALITET", "EPJ_EFFEKTIV", "TILGANG_PASIENTINFO", "ENKLERE_ARBEIDSHVERDAG"};
        for (int q = 0; q < 4; q++) {
            qs.add(new ImportProfile.Question("q" + (q + 1), indicators[q], null, codes, answers, List.of("Helt enig", "Ganske enig"),
                    List.of("Vet ikke")));
        }
        return new ImportProfile("bench-survey", ImportKind.SURVEY, null, null, new ImportProfile.Survey("aar", null, "vekt",
                Map.of("profesjon", "profesjon", "helseregion", "helseregion", "kjonn", "kjonn", "aldersgruppe", "aldersgruppe"), qs),
                null, null, null);
    }

    static ImportProfile registryProfile() {
        return new ImportProfile("bench-registry", ImportKind.REGISTRY, null, null, null,
                new ImportProfile.Registry("PLL", null, "maaned", "kommunenr", ImportProfile.AreaScheme.MUNICIPALITY_NUMBER, null, null,
                        true, "har_pll", null), null, null);
    }

    public static void deleteTree(Path dir) throws IOException {
        try (var s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
