package no.framdrift.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import no.framdrift.domain.Catalogue;
import no.framdrift.domain.Indicator;
import no.framdrift.domain.IndicatorValue;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * Crash harness (issue 18): starts the real command line in a child JVM on a copy of a workspace,
 * kills it with SIGKILL ({@link Process#destroyForcibly()}) at a random moment of one phase (open,
 * first-use seeding, import before and after its commit, recompute, values, export, close),
 * reopens the folder in this JVM and checks the invariants:
 * <ul>
 *   <li>the workspace opens ({@code UNOPENABLE});</li>
 *   <li>every batch is complete — its stored row count and checksum equal those of a clean import of
 *       the same file — or absent ({@code PARTIAL_BATCH}); an import whose command printed its batch
 *       number (the commit returned) is there ({@code LOST_COMMITTED}); a seeded folder has every
 *       sample batch ({@code HALF_SEEDED});</li>
 *   <li>the stored values equal a fresh recompute ({@code STALE_VALUES});</li>
 *   <li>reopened ten times in a row it still opens ({@code UNOPENABLE_LATER}).</li>
 * </ul>
 * The data are fixed: a survey CSV generated from a fixed seed. Run it from the command line:
 * <pre>
 * mvn -q -ntp test-compile
 * java -cp "$(cat target/test-classpath.txt)" no.framdrift.app.CrashHarness 300 /tmp/crash 18
 * </pre>
 * (arguments: trials, work folder, seed). {@code CrashHarnessTest} runs a short version in the build.
 */
public final class CrashHarness {

    /** Where in the command's life the kill lands. */
    public enum Phase { OPEN, SEED, IMPORT_BEFORE_COMMIT, IMPORT_AFTER_COMMIT, VALUES, EXPORT, CLOSE }

    /** What a failed trial broke. */
    public enum Kind { UNOPENABLE, PARTIAL_BATCH, LOST_COMMITTED, HALF_SEEDED, STALE_VALUES, UNOPENABLE_LATER, ERROR }

    public record Failure(int trial, Phase phase, Kind kind, String detail) {
    }

    public record Result(int trials, Map<Phase, Integer> trialsPerPhase, Map<Phase, Integer> killedPerPhase,
                         List<Failure> failures, long millis) {

        public String report() {
            StringBuilder s = new StringBuilder();
            s.append(String.format(Locale.ROOT, "Crash harness: %d trials, %d failures, %.0f s%n", trials, failures.size(),
                    millis / 1000.0));
            for (Phase p : Phase.values()) {
                long f = failures.stream().filter(x -> x.phase() == p).map(Failure::trial).distinct().count();
                s.append(String.format(Locale.ROOT, "  %-22s trials %3d, killed %3d, failed %3d%n", p,
                        trialsPerPhase.getOrDefault(p, 0), killedPerPhase.getOrDefault(p, 0), f));
            }
            Map<Kind, Integer> kinds = new EnumMap<>(Kind.class);
            failures.forEach(f -> kinds.merge(f.kind(), 1, Integer::sum));
            kinds.forEach((k, n) -> s.append("  kind ").append(k).append(": ").append(n).append('\n'));
            failures.stream().limit(30).forEach(f -> s.append("  trial ").append(f.trial()).append(' ').append(f.phase())
                    .append(' ').append(f.kind()).append(": ").append(f.detail()).append('\n'));
            return s.toString();
        }
    }

    static final String SURVEY_FILE = "krasjtest-undersokelse.csv";
    static final String PROFILE_FILE = "krasjtest.json";

    private final Path work;
    private final Random random;
    private final int respondentsPerYear;
    private final PrintLog log;

    /** Reference row counts and checksums per batch file name (from clean runs). */
    private final Map<String, String> reference = new TreeMap<>();
    private Path base;
    private Path imported;
    private final Map<String, Long> calibration = new LinkedHashMap<>();

    public interface PrintLog {
        void line(String s);
    }

    public CrashHarness(Path work, long seed, int respondentsPerYear, PrintLog log) {
        this.work = work;
        this.random = new Random(seed);
        this.respondentsPerYear = respondentsPerYear;
        this.log = log;
    }

    /** This JVM's class path, each entry absolute: the child processes run the same classes. */
    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("framdrift-crash");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 18;
        int respondents = args.length > 3 ? Integer.parseInt(args[3]) : 4000;
        CrashHarness h = new CrashHarness(work, seed, respondents, s -> {
            System.out.println(s);
            System.out.flush();
        });
        Result r = h.run(trials);
        System.out.println(r.report());
        System.exit(r.failures().isEmpty() ? 0 : 1);
    }

    // ---------------------------------------------------------------- set-up

    /** Writes the fixed survey (same seed, same bytes) and its profile. */
    static void writeFixture(Path dir, int respondentsPerYear) throws IOException {
        Files.createDirectories(dir);
        Random r = new Random(18);
        String[] tillit = {"Helt enig", "Ganske enig", "Verken enig eller uenig", "Ganske uenig", "Helt uenig", "Vet ikke"};
        String[] kontakt = {"Ja", "Nei", "Vet ikke"};
        String[] regions = {"Helse Nord", "Helse Midt-Norge", "Helse Vest", "Helse Sør-Øst"};
        String[] ages = {"18-29", "30-44", "45-59", "60-74", "75+"};
        String[] edu = {"Grunnskole", "Videregående", "Høyere utdanning"};
        try (Writer w = Files.newBufferedWriter(dir.resolve(SURVEY_FILE), StandardCharsets.UTF_8)) {
            w.write("aar,vekt,kjonn,aldersgruppe,helseregion,utdanning,kommune,tillit,digital_kontakt\n");
            for (int year = 2021; year <= 2024; year++) {
                for (int i = 0; i < respondentsPerYear; i++) {
                    w.write(year + "," + String.format(Locale.ROOT, "%.4f", 0.3 + 2.2 * r.nextDouble()) + ","
                            + (r.nextBoolean() ? "Kvinne" : "Mann") + "," + ages[r.nextInt(ages.length)] + ","
                            + regions[r.nextInt(regions.length)] + "," + edu[r.nextInt(edu.length)] + ",K"
                            + String.format(Locale.ROOT, "%02d", r.nextInt(12)) + ","
                            + (year >= 2023 ? tillit[r.nextInt(tillit.length)] : "") + ","
                            + kontakt[r.nextInt(kontakt.length)] + "\n");
                }
            }
        }
        Files.writeString(dir.resolve(PROFILE_FILE), """
                {
                  "name": "krasjtest",
                  "kind": "SURVEY",
                  "description": "Fast testdata for krasjtesten",
                  "survey": {
                    "year": "aar",
                    "weight": "vekt",
                    "background": {"kjonn": "kjonn", "aldersgruppe": "aldersgruppe", "helseregion": "helseregion",
                                   "utdanning": "utdanning", "kommune": "kommune"},
                    "questions": [
                      {"column": "tillit", "indicator": "TILLIT",
                       "answers": ["Helt enig", "Ganske enig", "Verken enig eller uenig", "Ganske uenig", "Helt uenig"],
                       "positive": ["Helt enig", "Ganske enig"], "excluded": ["Vet ikke"]},
                      {"column": "digital_kontakt", "indicator": "DIGITAL_KONTAKT",
                       "answers": ["Ja", "Nei"], "positive": ["Ja"], "excluded": ["Vet ikke"]}
                    ]
                  }
                }
                """, StandardCharsets.UTF_8);
    }

    /** The base workspace (seeded), the same with the survey imported, references and timings. */
    void prepare() throws Exception {
        Path fixture = work.resolve("fixture");
        writeFixture(fixture, respondentsPerYear);
        base = work.resolve("base");
        deleteTree(base);
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.open(base)) {
            reference.putAll(batchStats(ws));
        }
        log.line(String.format(Locale.ROOT, "base workspace seeded in %.1f s (%d batches)", (System.nanoTime() - t0) / 1e9,
                reference.size()));
        imported = work.resolve("imported");
        deleteTree(imported);
        copyTree(base, imported);
        // calibration: the real command line, unkilled
        Run seed = runCli(work.resolve("cal-seed"), true, List.of("indicators"), null, -1);
        calibration.put("seed", seed.millis);
        Run open = runCli(copyOf(base, "cal-open"), false, List.of("indicators"), null, -1);
        calibration.put("open", open.millis);
        Run imp = runCli(imported, false, importArgs(fixture), null, -1);
        if (imp.exit != 0) {
            throw new IllegalStateException("calibration import failed: exit " + imp.exit + " " + imp.err);
        }
        calibration.put("import", imp.millis);
        calibration.put("commit", imp.partiAt >= 0 ? imp.partiAt : imp.millis / 2);
        try (Workspace ws = Workspace.open(imported)) {
            Map<String, String> stats = batchStats(ws);
            stats.forEach(reference::putIfAbsent);
        }
        Run values = runCli(copyOf(imported, "cal-values"), false, valuesArgs(), null, -1);
        calibration.put("values", values.millis);
        Run export = runCli(copyOf(imported, "cal-export"), false, exportArgs(work.resolve("cal-export-out.png")), null, -1);
        calibration.put("export", export.millis);
        log.line("calibration (ms): " + calibration + "; reference batches: " + reference.keySet());
    }

    private List<String> importArgs(Path fixture) {
        return List.of("import", fixture.resolve(SURVEY_FILE).toString(), "--profile", fixture.resolve(PROFILE_FILE).toString());
    }

    private static List<String> valuesArgs() {
        return List.of("values", "TILLIT", "--by", "kommune");
    }

    private static List<String> exportArgs(Path out) {
        return List.of("export", "chart", "DIGITAL_KONTAKT", "--out", out.toString());
    }

    // ---------------------------------------------------------------- trials

    public Result run(int trials) throws Exception {
        long start = System.currentTimeMillis();
        Files.createDirectories(work);
        prepare();
        List<Failure> failures = new ArrayList<>();
        Map<Phase, Integer> perPhase = new EnumMap<>(Phase.class);
        Map<Phase, Integer> killed = new EnumMap<>(Phase.class);
        Phase[] phases = Phase.values();
        for (int t = 1; t <= trials; t++) {
            Phase phase = phases[(t - 1) % phases.length];
            perPhase.merge(phase, 1, Integer::sum);
            Path dir = work.resolve("trial");
            deleteTree(dir);
            List<Failure> found = new ArrayList<>();
            boolean wasKilled;
            try {
                wasKilled = trial(t, phase, dir, found);
            } catch (Exception e) {
                found.add(new Failure(t, phase, Kind.ERROR, e.toString()));
                wasKilled = false;
            }
            if (wasKilled) {
                killed.merge(phase, 1, Integer::sum);
            }
            failures.addAll(found);
            log.line(String.format(Locale.ROOT, "trial %d %s: %s%s", t, phase, wasKilled ? "killed" : "finished",
                    found.isEmpty() ? ", ok" : ", FAILED " + found));
            if (!found.isEmpty()) {
                Path keep = work.resolve("failed-" + t);
                deleteTree(keep);
                copyTree(dir, keep);
            }
        }
        return new Result(trials, perPhase, killed, failures, System.currentTimeMillis() - start);
    }

    /** One trial; true when the child was killed (not finished before the kill). */
    private boolean trial(int t, Phase phase, Path dir, List<Failure> failures) throws Exception {
        Path fixture = work.resolve("fixture");
        Run run;
        switch (phase) {
            case OPEN -> {
                copyTree(base, dir);
                run = runCli(dir, false, List.of("indicators"), null, uniform(calibration.get("open")));
            }
            case SEED -> run = runCli(dir, true, List.of("indicators"), null, uniform(calibration.get("seed")));
            case IMPORT_BEFORE_COMMIT -> {
                copyTree(base, dir);
                run = runCli(dir, false, importArgs(fixture), null, uniform(calibration.get("commit")));
            }
            case IMPORT_AFTER_COMMIT -> {
                copyTree(base, dir);
                long after = Math.max(1, calibration.get("import") - calibration.get("commit"));
                run = runCli(dir, false, importArgs(fixture), "Parti:", uniform(after));
            }
            case VALUES -> {
                copyTree(imported, dir);
                run = runCli(dir, false, valuesArgs(), null, uniform(calibration.get("values")));
            }
            case EXPORT -> {
                copyTree(imported, dir);
                run = runCli(dir, false, exportArgs(work.resolve("trial-out.png")), null, uniform(calibration.get("export")));
            }
            case CLOSE -> {
                copyTree(imported, dir);
                // the output is complete: the command is closing the database
                run = runCli(dir, false, valuesArgs(), "2024,", uniform(300));
            }
            default -> throw new IllegalStateException();
        }
        verify(t, phase, dir, run, failures);
        return run.killed;
    }

    private long uniform(long maxMillis) {
        return (long) (random.nextDouble() * Math.max(1, maxMillis));
    }

    private void verify(int t, Phase phase, Path dir, Run run, List<Failure> failures) {
        verify(t, phase, () -> Workspace.open(dir), run, reference, failures);
    }

    /**
     * The invariants, on the workspace {@code open} opens (a data folder, or a team database for
     * {@link PostgresCrashHarness}); {@code reference} holds the clean batches' statistics.
     */
    static void verify(int t, Phase phase, java.util.function.Supplier<Workspace> open, Run run,
                       Map<String, String> reference, List<Failure> failures) {
        Workspace ws;
        try {
            ws = open.get();
        } catch (RuntimeException e) {
            failures.add(new Failure(t, phase, Kind.UNOPENABLE, oneLine(e)));
            return;
        }
        try (ws) {
            Map<String, String> stats = batchStats(ws);
            stats.forEach((file, s) -> {
                String ref = reference.get(file);
                if (ref == null) {
                    failures.add(new Failure(t, phase, Kind.PARTIAL_BATCH, "unknown batch " + file + " " + s));
                } else if (!ref.equals(s)) {
                    failures.add(new Failure(t, phase, Kind.PARTIAL_BATCH, file + ": " + s + " instead of " + ref));
                }
            });
            if (run.partiAt >= 0 && !stats.containsKey(SURVEY_FILE)) {
                failures.add(new Failure(t, phase, Kind.LOST_COMMITTED, "the command printed its batch, the batch is gone"));
            }
            if (phase == Phase.SEED) {
                long samples = stats.keySet().stream().filter(f -> !f.equals(SURVEY_FILE)).count();
                long expected = reference.keySet().stream().filter(f -> !f.equals(SURVEY_FILE)).count();
                if (samples != expected) {
                    failures.add(new Failure(t, phase, Kind.HALF_SEEDED, samples + " of " + expected + " sample batches"));
                }
            }
            String stale = staleValues(ws);
            if (stale != null) {
                failures.add(new Failure(t, phase, Kind.STALE_VALUES, stale));
            }
        } catch (RuntimeException e) {
            failures.add(new Failure(t, phase, Kind.ERROR, oneLine(e)));
        }
        for (int i = 1; i <= 10; i++) {
            try (Workspace again = open.get()) {
                again.imports().batches();
            } catch (RuntimeException e) {
                failures.add(new Failure(t, phase, Kind.UNOPENABLE_LATER, "reopen " + i + ": " + oneLine(e)));
                return;
            }
        }
    }

    /** Per batch file: kind-specific row counts and sums, as one comparable text. */
    static Map<String, String> batchStats(Workspace ws) {
        return ws.transactor().inTransaction(dsl -> {
            Map<String, String> out = new TreeMap<>();
            for (Record b : dsl.fetch("SELECT id, file_name FROM import_batch ORDER BY id")) {
                long id = b.get(0, Long.class);
                out.put(b.get(1, String.class), stats(dsl, id));
            }
            return out;
        });
    }

    private static String stats(DSLContext dsl, long id) {
        Record s = dsl.fetchOne("SELECT COUNT(*), COALESCE(SUM(total_respondents), 0), COALESCE(SUM(CARDINALITY(answers) + COALESCE(cell_count, 0)), 0)"
                + " FROM survey_cell WHERE batch_id = ?", id);
        Record r = dsl.fetchOne("SELECT COUNT(*), COALESCE(SUM(numerator), 0) FROM registry_value WHERE batch_id = ?", id);
        Record u = dsl.fetchOne("SELECT COUNT(*), COALESCE(SUM(population), 0) FROM unit_list_entry WHERE batch_id = ?", id);
        return String.format(Locale.ROOT, "survey %d/%d/%d registry %d/%.3f units %d/%.3f", s.get(0, Long.class),
                s.get(1, Long.class), s.get(2, Long.class), r.get(0, Long.class), r.get(1, Double.class), u.get(0, Long.class),
                u.get(1, Double.class));
    }

    /** Null when every indicator's stored values equal a fresh computation; else the first difference. */
    static String staleValues(Workspace ws) {
        Catalogue catalogue = ws.catalogue().load();
        for (Indicator i : catalogue.indicators()) {
            TreeSet<String> stored = new TreeSet<>();
            ws.values().stored(i.code()).forEach(v -> stored.add(key(v)));
            TreeSet<String> fresh = new TreeSet<>();
            ws.values().compute(catalogue, i, List.of()).forEach(v -> fresh.add(key(v)));
            if (!stored.equals(fresh)) {
                TreeSet<String> onlyStored = new TreeSet<>(stored);
                onlyStored.removeAll(fresh);
                TreeSet<String> onlyFresh = new TreeSet<>(fresh);
                onlyFresh.removeAll(stored);
                return i.code() + ": stored " + stored.size() + " values, fresh " + fresh.size() + "; e.g. stored "
                        + first(onlyStored) + " vs fresh " + first(onlyFresh);
            }
        }
        return null;
    }

    private static String first(TreeSet<String> s) {
        return s.isEmpty() ? "-" : s.first();
    }

    private static String key(IndicatorValue v) {
        return String.join(";", v.period().code(), v.area(), v.group(), String.valueOf(v.value()), String.valueOf(v.n()),
                String.valueOf(v.suppressed()), String.valueOf(v.batches()));
    }

    // ---------------------------------------------------------------- child process

    record Run(boolean killed, int exit, long millis, long partiAt, String err) {
    }

    /**
     * Runs the command line on the folder; with {@code killAfterMillis} ≥ 0 it is killed that long
     * after start (or, with {@code waitFor}, that long after a stdout line containing it).
     */
    private Run runCli(Path dir, boolean emptyFolder, List<String> args, String waitFor, long killAfterMillis)
            throws Exception {
        if (emptyFolder) {
            deleteTree(dir);
        }
        return runChild(List.of("--data-dir", dir.toString()), Map.of(), args, waitFor, killAfterMillis);
    }

    /**
     * Runs the command line in a child JVM on a workspace ({@code location}: {@code --data-dir DIR}
     * or {@code --db URL --db-user USER}, with {@code env} e.g. PGPASSWORD); killed as for
     * {@link #runCli}. Also used by {@link PostgresCrashHarness}. The child runs with the launcher's
     * heap cap, compiler and a class-data-sharing archive ({@link ChildJvm}), as a user's command does.
     */
    static Run runChild(List<String> location, Map<String, String> env, List<String> args,
                        String waitFor, long killAfterMillis) throws Exception {
        List<String> cmd = new ArrayList<>(ChildJvm.javaCommand());
        cmd.add("no.framdrift.ui.shell.Main");
        cmd.addAll(location);
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd);
        pb.environment().remove("FRAMDRIFT_DATA_DIR");
        pb.environment().remove("FRAMDRIFT_DB");
        pb.environment().putAll(env);
        pb.redirectError(ProcessBuilder.Redirect.PIPE);
        long start = System.nanoTime();
        Process p = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        long[] partiAt = {-1};
        long[] waitSeenAt = {-1};
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    long now = (System.nanoTime() - start) / 1_000_000;
                    if (line.startsWith("Parti:") && partiAt[0] < 0) {
                        partiAt[0] = now;
                    }
                    if (waitFor != null && waitSeenAt[0] < 0 && line.contains(waitFor)) {
                        synchronized (waitSeenAt) {
                            waitSeenAt[0] = now;
                            waitSeenAt.notifyAll();
                        }
                    }
                    lines.add(line);
                }
            } catch (IOException ignored) {
                // killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        StringBuilder err = new StringBuilder();
        Thread errReader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(p.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    if (!line.contains(" INFO ")) {
                        synchronized (err) {
                            err.append(line).append('\n');
                        }
                    }
                }
            } catch (IOException ignored) {
                // killed
            }
        });
        errReader.setDaemon(true);
        errReader.start();
        boolean killed = false;
        if (killAfterMillis >= 0) {
            if (waitFor != null) {
                synchronized (waitSeenAt) {
                    while (waitSeenAt[0] < 0 && p.isAlive()) {
                        waitSeenAt.wait(20);
                    }
                }
            }
            if (!p.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
                p.destroyForcibly(); // SIGKILL on Linux
                killed = true;
            }
        }
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("command did not end: " + args);
        }
        reader.join(5000);
        errReader.join(5000);
        long millis = (System.nanoTime() - start) / 1_000_000;
        synchronized (err) {
            return new Run(killed, p.exitValue(), millis, partiAt[0], err.toString());
        }
    }

    // ---------------------------------------------------------------- files

    private Path copyOf(Path from, String name) throws IOException {
        Path to = work.resolve(name);
        deleteTree(to);
        copyTree(from, to);
        return to;
    }

    static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to);
        try (var s = Files.list(from)) {
            for (Path f : s.toList()) {
                if (Files.isRegularFile(f) && !f.getFileName().toString().endsWith(".lock")) {
                    Files.copy(f, to.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
                } else if (Files.isDirectory(f)) {
                    copyTree(f, to.resolve(f.getFileName()));
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        Files.walkFileTree(dir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                Files.delete(d);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    static String oneLine(Throwable e) {
        String m = String.valueOf(e.getMessage());
        return e.getClass().getSimpleName() + ": " + (m.length() > 300 ? m.substring(0, 300) : m).replace('\n', ' ');
    }

}
