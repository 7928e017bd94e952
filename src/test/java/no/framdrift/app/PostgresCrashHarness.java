package no.framdrift.app;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import no.framdrift.app.CrashHarness.Failure;
import no.framdrift.app.CrashHarness.Kind;
import no.framdrift.app.CrashHarness.Phase;
import no.framdrift.app.CrashHarness.Result;
import no.framdrift.app.CrashHarness.Run;
import no.framdrift.store.ServerLogin;

/**
 * The crash harness of issue 18 against a team workspace on PostgreSQL (issue 12): the same
 * phases, kills (SIGKILL of the command line in a child JVM) and invariants as {@link CrashHarness}
 * — the workspace opens, every batch is whole or absent, a batch whose number was printed is there,
 * the stored values equal a fresh recompute, ten reopenings work — but each trial gets a database
 * of its own, cloned on the server from a prepared one ({@code CREATE DATABASE … TEMPLATE …}) and
 * dropped afterwards. The child connects with {@code --db URL --db-user USER} and PGPASSWORD.
 * <p>
 * Needs a superuser login (it creates databases): {@code FRAMDRIFT_TEST_PG_URL/_USER/_PASSWORD}, as
 * {@code src/test/scripts/start-postgres.sh} prints them. Run it from the command line:
 * <pre>
 * eval "$(src/test/scripts/start-postgres.sh)"
 * mvn -q -ntp test-compile dependency:build-classpath -Dmdep.outputFile=target/test-classpath.txt -Dmdep.includeScope=test
 * java -cp "target/classes:target/test-classes:$(cat target/test-classpath.txt)" no.framdrift.app.PostgresCrashHarness 70 /tmp/crash-pg 12
 * </pre>
 * (arguments: trials, work folder, seed, respondents per year). {@code PostgresCrashHarnessTest}
 * runs a short version in the build, skipped without a server.
 */
public final class PostgresCrashHarness {

    private final ServerLogin admin;
    private final Path work;
    private final Random random;
    private final int respondentsPerYear;
    private final CrashHarness.PrintLog log;
    /** Every database this run creates starts with this (dropped at the end, also after a failure). */
    private final String prefix = "ft_crash_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
    private final String baseDb = prefix + "_base";
    private final String importedDb = prefix + "_imported";
    private final Map<String, String> reference = new TreeMap<>();
    private final Map<String, Long> calibration = new LinkedHashMap<>();

    /** {@code admin}: a superuser's login to any database on the server. */
    public PostgresCrashHarness(ServerLogin admin, Path work, long seed, int respondentsPerYear,
                                CrashHarness.PrintLog log) {
        this.admin = admin;
        this.work = work;
        this.random = new Random(seed);
        this.respondentsPerYear = respondentsPerYear;
        this.log = log;
    }

    public static void main(String[] args) throws Exception {
        int trials = args.length > 0 ? Integer.parseInt(args[0]) : 14;
        Path work = args.length > 1 ? Path.of(args[1]) : Files.createTempDirectory("framdrift-crash-pg");
        long seed = args.length > 2 ? Long.parseLong(args[2]) : 12;
        int respondents = args.length > 3 ? Integer.parseInt(args[3]) : 4000;
        String url = System.getenv("FRAMDRIFT_TEST_PG_URL");
        if (url == null || url.isBlank()) {
            System.err.println("FRAMDRIFT_TEST_PG_URL is not set: eval \"$(src/test/scripts/start-postgres.sh)\"");
            System.exit(2);
        }
        ServerLogin admin = new ServerLogin(url, System.getenv().getOrDefault("FRAMDRIFT_TEST_PG_USER", "framdrift"),
                System.getenv("FRAMDRIFT_TEST_PG_PASSWORD"));
        Result r = new PostgresCrashHarness(admin, work, seed, respondents, s -> {
            System.out.println(s);
            System.out.flush();
        }).run(trials);
        System.out.println(r.report());
        System.exit(r.failures().isEmpty() ? 0 : 1);
    }

    // ---------------------------------------------------------------- databases

    ServerLogin database(String name) {
        String url = admin.url();
        int q = url.indexOf('?');
        String base = q < 0 ? url : url.substring(0, q);
        return new ServerLogin(base.substring(0, base.lastIndexOf('/') + 1) + name, admin.user(), admin.password());
    }

    private void sql(String statement) {
        try (Connection c = DriverManager.getConnection(admin.url(), admin.user(), admin.password());
             Statement s = c.createStatement()) {
            s.execute(statement);
        } catch (SQLException e) {
            throw new IllegalStateException(statement + ": " + e.getMessage(), e);
        }
    }

    /** A new database: empty, or a copy of {@code template} (which nobody may be connected to). */
    private ServerLogin create(String name, String template) {
        sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        sql("CREATE DATABASE " + name + (template == null ? "" : " TEMPLATE " + template));
        return database(name);
    }

    private void drop(String name) {
        sql("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    // ---------------------------------------------------------------- set-up

    private Run cli(ServerLogin db, List<String> args, String waitFor, long killAfterMillis) throws Exception {
        return CrashHarness.runChild(List.of("--db", db.url(), "--db-user", db.user()),
                admin.password() == null ? Map.of() : Map.of("PGPASSWORD", admin.password()), args, waitFor,
                killAfterMillis);
    }

    private List<String> importArgs() {
        Path fixture = work.resolve("fixture");
        return List.of("import", fixture.resolve(CrashHarness.SURVEY_FILE).toString(), "--profile",
                fixture.resolve(CrashHarness.PROFILE_FILE).toString());
    }

    private static final List<String> VALUES = List.of("values", "TILLIT", "--by", "kommune");

    private List<String> exportArgs() {
        return List.of("export", "chart", "DIGITAL_KONTAKT", "--out", work.resolve("trial-out.png").toString());
    }

    /** The base database (seeded), the same with the survey imported, references and timings. */
    void prepare() throws Exception {
        CrashHarness.writeFixture(work.resolve("fixture"), respondentsPerYear);
        long t0 = System.nanoTime();
        try (Workspace ws = Workspace.connect(create(baseDb, null))) {
            reference.putAll(CrashHarness.batchStats(ws));
        }
        log.line(String.format(Locale.ROOT, "base database %s seeded in %.1f s (%d batches)", baseDb,
                (System.nanoTime() - t0) / 1e9, reference.size()));
        String cal = prefix + "_cal";
        try {
            calibration.put("seed", cli(create(cal, null), List.of("indicators"), null, -1).millis());
            calibration.put("open", cli(create(cal, baseDb), List.of("indicators"), null, -1).millis());
        } finally {
            drop(cal);
        }
        ServerLogin imported = create(importedDb, baseDb);
        Run imp = cli(imported, importArgs(), null, -1);
        if (imp.exit() != 0) {
            throw new IllegalStateException("calibration import failed: exit " + imp.exit() + " " + imp.err());
        }
        calibration.put("import", imp.millis());
        calibration.put("commit", imp.partiAt() >= 0 ? imp.partiAt() : imp.millis() / 2);
        try (Workspace ws = Workspace.connect(imported)) {
            CrashHarness.batchStats(ws).forEach(reference::putIfAbsent);
        }
        calibration.put("values", cli(imported, VALUES, null, -1).millis());
        calibration.put("export", cli(imported, exportArgs(), null, -1).millis());
        log.line("calibration (ms): " + calibration + "; reference batches: " + reference.keySet());
    }

    // ---------------------------------------------------------------- trials

    public Result run(int trials) throws Exception {
        long start = System.currentTimeMillis();
        Files.createDirectories(work);
        List<Failure> failures = new ArrayList<>();
        Map<Phase, Integer> perPhase = new EnumMap<>(Phase.class);
        Map<Phase, Integer> killed = new EnumMap<>(Phase.class);
        try {
            prepare();
            Phase[] phases = Phase.values();
            for (int t = 1; t <= trials; t++) {
                Phase phase = phases[(t - 1) % phases.length];
                perPhase.merge(phase, 1, Integer::sum);
                String name = prefix + "_t" + t;
                List<Failure> found = new ArrayList<>();
                boolean wasKilled = false;
                try {
                    wasKilled = trial(t, phase, name, found);
                } catch (Exception e) {
                    found.add(new Failure(t, phase, Kind.ERROR, CrashHarness.oneLine(e)));
                }
                if (wasKilled) {
                    killed.merge(phase, 1, Integer::sum);
                }
                failures.addAll(found);
                log.line(String.format(Locale.ROOT, "trial %d %s: %s%s", t, phase, wasKilled ? "killed" : "finished",
                        found.isEmpty() ? ", ok" : ", FAILED " + found));
                if (found.isEmpty()) {
                    drop(name);
                } else {
                    log.line("  kept database " + name + " for a look");
                }
            }
        } finally {
            drop(baseDb);
            drop(importedDb);
        }
        return new Result(trials, perPhase, killed, failures, System.currentTimeMillis() - start);
    }

    /** One trial on a database of its own; true when the child was killed (not finished before the kill). */
    private boolean trial(int t, Phase phase, String name, List<Failure> failures) throws Exception {
        Run run = switch (phase) {
            case OPEN -> cli(create(name, baseDb), List.of("indicators"), null, uniform(calibration.get("open")));
            case SEED -> cli(create(name, null), List.of("indicators"), null, uniform(calibration.get("seed")));
            case IMPORT_BEFORE_COMMIT -> cli(create(name, baseDb), importArgs(), null, uniform(calibration.get("commit")));
            case IMPORT_AFTER_COMMIT -> cli(create(name, baseDb), importArgs(), "Parti:",
                    uniform(Math.max(1, calibration.get("import") - calibration.get("commit"))));
            case VALUES -> cli(create(name, importedDb), VALUES, null, uniform(calibration.get("values")));
            case EXPORT -> cli(create(name, importedDb), exportArgs(), null, uniform(calibration.get("export")));
            // the output is complete: the command is closing its connections
            case CLOSE -> cli(create(name, importedDb), VALUES, "2024,", uniform(300));
        };
        ServerLogin db = database(name);
        CrashHarness.verify(t, phase, () -> Workspace.connect(db), run, reference, failures);
        return run.killed();
    }

    private long uniform(long maxMillis) {
        return (long) (random.nextDouble() * Math.max(1, maxMillis));
    }
}
