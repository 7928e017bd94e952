package no.framdrift.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import no.framdrift.app.Workspace;
import no.framdrift.domain.ImportBatch;

/**
 * Framdrift and a peer side by side, as whole processes, the way a user or a script meets them
 * (issue 16; docs/PERFORMANCE.md). In one run:
 * <ol>
 * <li>writes the 1,000,000-respondent survey with the sample survey's 13 columns ({@link BenchSurvey})
 * the first time;</li>
 * <li>prepares a data folder with the sample workspace (the first {@code indicators} fills it) and
 * removes the sample survey's batch from it, so EPJ_KVALITET is fed by the benchmark file alone;</li>
 * <li>each round: {@code framdrift import FILE --profile helsepersonellundersokelsen.json} into a
 * copy of that folder, then {@code framdrift values EPJ_KVALITET --by profesjon}; the peer
 * ({@link DuckDbPeer}: DuckDB loads the same CSV into a database file and computes the same shares
 * and standard errors by year × profession in SQL); {@code indicators} on the existing folder; and
 * {@code --version} (a JVM start, no database); {@code java -version} (the JVM alone); and, under
 * Xvfb, the real window with its deck export ({@code ui.shell.StartupProbe}) and the floor under it,
 * a window with one label in the same JVM ({@code ui.shell.FloorWindow});</li>
 * <li>checks that both sides give the same shares and standard errors to 1e-9, and prints a table
 * of medians (wall, CPU = user + system of all threads, peak resident memory) with the load
 * average, also written to {@code DIR/side-by-side.md}.</li>
 * </ol>
 * Each command runs under {@code /usr/bin/time}. The Framdrift commands run as the installed launcher
 * runs them: {@code java} with the launcher's options (the parallel collector, UTF-8) and, when
 * {@code target/framdrift.jsa} exists, its class-data-sharing archive; {@code -Dbench.javaOptions=…}
 * replaces those options. Run it with {@code bench/side-by-side.sh}.
 */
public final class SideBySide {

    static final String INDICATOR = "EPJ_KVALITET";
    static final String BY = "profesjon";
    static final double TOLERANCE = 1e-9;

    record Measured(double wall, double cpu, long peakKb, String stdout, String stderr, int exit) {
    }

    /** One job's runs; the table shows medians. */
    static final class Series {
        final List<Double> wall = new ArrayList<>();
        final List<Double> cpu = new ArrayList<>();
        final List<Long> peakKb = new ArrayList<>();

        void add(Measured... parts) {
            wall.add(Arrays.stream(parts).mapToDouble(Measured::wall).sum());
            cpu.add(Arrays.stream(parts).mapToDouble(Measured::cpu).sum());
            peakKb.add(Arrays.stream(parts).mapToLong(Measured::peakKb).max().orElse(0));
        }

        double medianWall() {
            return median(wall);
        }

        double medianCpu() {
            return median(cpu);
        }

        double medianPeakMb() {
            return median(peakKb.stream().map(k -> k / 1024.0).toList());
        }

        String runs() {
            List<String> out = new ArrayList<>();
            for (int i = 0; i < wall.size(); i++) {
                out.add(String.format(Locale.ROOT, "%.2f/%.2f", wall.get(i), cpu.get(i)));
            }
            return String.join(", ", out);
        }
    }

    private final Path dir;
    private final Path jar;
    private final Path profile;
    private final List<String> javaOptions;
    private final String testClassPath;
    private final int rounds;
    private final List<Double> loads = new ArrayList<>();

    SideBySide(Path dir, Path jar, Path profile, List<String> javaOptions, String testClassPath, int rounds) {
        this.dir = dir;
        this.jar = jar;
        this.profile = profile;
        this.javaOptions = javaOptions;
        this.testClassPath = testClassPath;
        this.rounds = rounds;
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
        Path jar = Path.of(System.getProperty("bench.jar", "target/framdrift.jar")).toAbsolutePath();
        Path profile = Path.of("sample-data/profiles/helsepersonellundersokelsen.json").toAbsolutePath();
        int respondents = Integer.getInteger("bench.respondents", 1_000_000);
        int rounds = Integer.getInteger("bench.rounds", 3);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing: run mvn -DskipTests package first");
        }
        if (!Files.isExecutable(Path.of("/usr/bin/time"))) {
            throw new IllegalStateException("/usr/bin/time is missing (Debian: apt-get install time)");
        }
        Files.createDirectories(dir);
        Path csv = dir.resolve("survey-" + respondents + "-13col.csv");
        if (!Files.exists(csv)) {
            System.out.println("Writing " + csv + " …");
            BenchSurvey.write(csv, respondents, 16L);
        }
        new SideBySide(dir, jar, profile, javaOptions(jar), System.getProperty("java.class.path"), rounds).run(csv);
    }

    /** The options the jpackage launcher passes (packaging/jpackage/app-image.args), and the CDS archive if built. */
    static List<String> javaOptions(Path jar) {
        String given = System.getProperty("bench.javaOptions");
        if (given != null) {
            return given.isBlank() ? List.of() : List.of(given.trim().split("\\s+"));
        }
        List<String> out = new ArrayList<>(List.of("-XX:+UseParallelGC", "-Xmx352m", "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-Dfile.encoding=UTF-8"));
        Path jsa = jar.resolveSibling("framdrift.jsa");
        if (Files.isRegularFile(jsa)) {
            out.add("-XX:SharedArchiveFile=" + jsa);
        }
        return out;
    }

    void run(Path csv) throws Exception {
        Path base = dir.resolve("folder");
        deleteTree(base);
        Measured first = framdrift(base, "indicators");
        check(first, "indicators (new folder)");
        removeSampleSurvey(base);
        Path sample = dir.resolve("sample");
        deleteTree(sample);
        check(framdrift(sample, "workspace", "init", "--sample"), "workspace init --sample");
        boolean display = Files.isExecutable(Path.of("/usr/bin/xvfb-run"));
        if (!display) {
            System.out.println("xvfb-run is missing (Debian: apt-get install xvfb): the window and the deck export are not measured");
        }
        List<Double> windowMs = new ArrayList<>();
        List<Double> deckMs = new ArrayList<>();
        List<Double> floorWindowMs = new ArrayList<>();

        Series importAndValues = new Series();
        Series importOnly = new Series();
        Series valuesOnly = new Series();
        Series peer = new Series();
        Series indicators = new Series();
        Series version = new Series();
        Series jvm = new Series();
        double worstShare = 0;
        double worstSe = 0;
        int compared = 0;
        for (int round = 1; round <= rounds; round++) {
            loads.add(loadAverage());
            Path work = dir.resolve("run-" + round);
            deleteTree(work);
            copyTree(base, work);
            Measured imp = framdrift(work, "import", csv.toString(), "--profile", profile.toString());
            check(imp, "import");
            Measured val = framdrift(work, "values", INDICATOR, "--by", BY);
            check(val, "values");
            importAndValues.add(imp, val);
            importOnly.add(imp);
            valuesOnly.add(val);

            Path duck = dir.resolve("peer-" + round + ".duckdb");
            Measured p = measure(List.of(javaBin(), "-cp", testClassPath, DuckDbPeer.class.getName(), csv.toString(),
                    duck.toString()));
            check(p, "DuckDB peer");
            peer.add(p);

            Map<String, double[]> ours = framdriftShares(val.stdout());
            Map<String, double[]> theirs = peerShares(p.stdout());
            if (!ours.keySet().equals(theirs.keySet())) {
                throw new IllegalStateException("Different groups: Framdrift " + ours.keySet() + ", DuckDB " + theirs.keySet());
            }
            for (Map.Entry<String, double[]> e : ours.entrySet()) {
                double[] o = e.getValue();
                double[] t = theirs.get(e.getKey());
                worstShare = Math.max(worstShare, Math.abs(o[0] - t[0]));
                worstSe = Math.max(worstSe, Math.abs(o[1] - t[1]));
            }
            compared = ours.size();
            if (worstShare > TOLERANCE || worstSe > TOLERANCE) {
                throw new IllegalStateException("Framdrift and DuckDB differ: share by " + worstShare + ", SE by " + worstSe);
            }
            Measured ind = framdrift(base, "indicators");
            check(ind, "indicators");
            indicators.add(ind);
            Measured ver = framdrift(base, "--version");
            check(ver, "--version");
            version.add(ver);
            Measured bare = measure(List.of(javaBin(), "-version"));
            check(bare, "java -version");
            jvm.add(bare);
            if (display) {
                Measured win = window(sample, dir.resolve("deck-" + round + ".pptx"));
                check(win, "window");
                windowMs.add(probe(win.stdout(), "window-usable-ms"));
                deckMs.add(probe(win.stdout(), "deck-ms"));
                Measured floor = floorWindow();
                check(floor, "floor window");
                floorWindowMs.add(probe(floor.stdout(), "window-usable-ms"));
            }
            loads.add(loadAverage());
            deleteTree(work);
            Files.deleteIfExists(duck);
            System.out.printf(Locale.ROOT, "round %d: import+values %.2f s wall / %.2f s CPU, DuckDB %.2f / %.2f, indicators %.2f / %.2f%n",
                    round, imp.wall() + val.wall(), imp.cpu() + val.cpu(), p.wall(), p.cpu(), ind.wall(), ind.cpu());
        }
        String table = table(csv, importAndValues, importOnly, valuesOnly, peer, indicators, version, jvm, compared, worstShare,
                worstSe, windowMs, deckMs, floorWindowMs);
        System.out.println();
        System.out.println(table);
        Files.writeString(dir.resolve("side-by-side.md"), table, StandardCharsets.UTF_8);
    }

    private String table(Path csv, Series both, Series imp, Series val, Series peer, Series ind, Series ver, Series jvm,
                         int compared, double worstShare, double worstSe, List<Double> windowMs, List<Double> deckMs,
                         List<Double> floorWindowMs) throws IOException {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "Run of %s UTC: %d cores, Java %s, load average (1 min) %.1f–%.1f during the runs;%n",
                Instant.now().truncatedTo(ChronoUnit.MINUTES).toString().replace('T', ' ').replace("Z", ""),
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"),
                loads.stream().mapToDouble(d -> d).min().orElse(0), loads.stream().mapToDouble(d -> d).max().orElse(0)));
        b.append(String.format(Locale.ROOT, "%s (%.0f MB); Framdrift runs `java %s -jar framdrift.jar`; medians of %d.%n",
                csv.getFileName(), Files.size(csv) / 1e6, String.join(" ", javaOptions).replace(dir.toString(), "…")
                        .replace(jar.getParent().toString(), "target"), rounds));
        b.append(String.format(Locale.ROOT, "Both give the same %d shares and standard errors (largest difference: share %.1e, SE %.1e).%n%n",
                compared, worstShare, worstSe));
        b.append("| job | Framdrift | DuckDB (JDBC, own process) | ratio |\n| --- | --- | --- | --- |\n");
        b.append(String.format(Locale.ROOT, "| import the survey (%s), then `values %s --by %s` | %s | %s | %.2f× CPU, %.2f× wall |%n",
                csv.getFileName(), INDICATOR, BY, cell(both), cell(peer), both.medianCpu() / peer.medianCpu(), both.medianWall() / peer.medianWall()));
        b.append(String.format(Locale.ROOT, "| `import` alone | %s | – | – |%n", cell(imp)));
        b.append(String.format(Locale.ROOT, "| `values %s --by %s` alone | %s | – | – |%n", INDICATOR, BY, cell(val)));
        b.append(String.format(Locale.ROOT, "| `indicators` on an existing folder | %s | – | – |%n", cell(ind)));
        b.append(String.format(Locale.ROOT, "| `--version` (JVM start, no database) | %s | – | – |%n", cell(ver)));
        b.append(String.format(Locale.ROOT, "| floor: `java -version` (the JVM alone, no application) | %s | – | – |%n", cell(jvm)));
        if (!windowMs.isEmpty()) {
            b.append(String.format(Locale.ROOT, "| the window on the sample workspace: usable (shown, drawn, no background work) after process start | %.2f s wall | – | – |%n",
                    median(windowMs) / 1000));
            b.append(String.format(Locale.ROOT, "| then Rapport → Eksporter of the sample deck (PPTX, from the window's export service) | %.2f s wall | – | – |%n",
                    median(deckMs) / 1000));
            b.append(String.format(Locale.ROOT, "| floor: a window with a menu bar and one label (`FloorWindow`: the same JVM, options and probe, no database, no style sheet of ours) | %.2f s wall | – | – |%n",
                    median(floorWindowMs) / 1000));
        }
        b.append("\nEach run, wall/CPU in seconds: import+values ").append(both.runs()).append("; DuckDB ").append(peer.runs())
                .append("; indicators ").append(ind.runs()).append("; --version ").append(ver.runs())
                .append("; java -version ").append(jvm.runs())
                .append(windowMs.isEmpty() ? "" : "; window usable (ms) " + windowMs + "; deck export (ms) " + deckMs
                        + "; floor window (ms) " + floorWindowMs).append(".\n");
        return b.toString();
    }

    private static String cell(Series s) {
        return String.format(Locale.ROOT, "%.2f s CPU, %.2f s wall, %.0f MB peak", s.medianCpu(), s.medianWall(), s.medianPeakMb());
    }

    /** Removes the sample survey's batch (it also feeds EPJ_KVALITET) through the app's own use case. */
    private static void removeSampleSurvey(Path folder) {
        try (Workspace ws = Workspace.open(folder)) {
            for (ImportBatch b : ws.imports().batches()) {
                if (b.fileName().startsWith("helsepersonellundersokelsen")) {
                    ws.imports().removeBatch(b.id());
                }
            }
            ws.recomputeAll();
        }
    }

    /**
     * The real window under Xvfb with {@code -Dframdrift.probe}: it prints when it was usable, then
     * exports the deck through the window's export service and quits ({@code ui.shell.StartupProbe}).
     */
    private Measured window(Path folder, Path deck) {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1400x900x24", javaBin()));
        cmd.addAll(javaOptions);
        cmd.addAll(List.of("-Dframdrift.probe=true", "-Dframdrift.probe.deck=" + deck, "-jar", jar.toString(),
                "--data-dir", folder.toString()));
        return measure(cmd);
    }

    /**
     * The floor under the window ({@code ui.shell.FloorWindow}): the same JVM, options and archive
     * (the jar first on the class path, so the archive applies), a window with one label.
     */
    private Measured floorWindow() {
        List<String> cmd = new ArrayList<>(List.of("/usr/bin/xvfb-run", "-a", "-s", "-screen 0 1400x900x24", javaBin()));
        cmd.addAll(javaOptions);
        cmd.addAll(List.of("-cp", jar + java.io.File.pathSeparator + testClassPath, "no.framdrift.ui.shell.FloorWindow"));
        return measure(cmd);
    }

    /** The number after {@code probe NAME=} in the window's output. */
    static double probe(String stdout, String name) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("probe " + name + "=(\\d+)").matcher(stdout);
        if (!m.find()) {
            throw new IllegalStateException("The window printed no " + name + ": " + stdout);
        }
        return Double.parseDouble(m.group(1));
    }

    private Measured framdrift(Path folder, String... command) {
        List<String> cmd = new ArrayList<>();
        cmd.add(javaBin());
        cmd.addAll(javaOptions);
        cmd.add("-jar");
        cmd.add(jar.toString());
        if (!command[0].startsWith("--")) {
            cmd.add("--data-dir");
            cmd.add(folder.toString());
        }
        cmd.addAll(List.of(command));
        return measure(cmd);
    }

    private static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs the command under /usr/bin/time: wall from here, CPU (user + system) and peak RSS from time. */
    Measured measure(List<String> command) {
        try {
            Path times = Files.createTempFile(dir, "time", ".txt");
            Path out = Files.createTempFile(dir, "out", ".txt");
            Path err = Files.createTempFile(dir, "err", ".txt");
            List<String> cmd = new ArrayList<>(List.of("/usr/bin/time", "-f", "%U %S %M", "-o", times.toString()));
            cmd.addAll(command);
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().remove("JAVA_TOOL_OPTIONS");
            pb.environment().remove("FRAMDRIFT_DATA_DIR");
            long t0 = System.nanoTime();
            int exit = pb.start().waitFor();
            double wall = (System.nanoTime() - t0) / 1e9;
            String[] t = Files.readAllLines(times).stream().filter(l -> l.matches("[0-9. ]+")).reduce((a, b) -> b)
                    .orElseThrow(() -> new IllegalStateException("no times from /usr/bin/time for " + command)).trim().split(" ");
            Measured m = new Measured(wall, Double.parseDouble(t[0]) + Double.parseDouble(t[1]), Long.parseLong(t[2]),
                    Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8), exit);
            Files.delete(times);
            Files.delete(out);
            Files.delete(err);
            return m;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void check(Measured m, String what) {
        if (m.exit() != 0) {
            throw new IllegalStateException(what + " failed (exit " + m.exit() + "): " + m.stderr() + m.stdout());
        }
    }

    /** {@code values} CSV → "year|profession" → {share, SE}. */
    static Map<String, double[]> framdriftShares(String csv) {
        Map<String, double[]> out = new TreeMap<>();
        List<String> lines = csv.lines().toList();
        List<String> header = List.of(lines.get(0).split(","));
        int period = header.indexOf("period");
        int group = header.indexOf("group");
        int value = header.indexOf("value");
        int se = header.indexOf("se");
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split(",", -1);
            String g = f[group];
            if (!g.startsWith(BY + "=")) {
                continue;
            }
            out.put(f[period] + "|" + g.substring(BY.length() + 1),
                    new double[] {Double.parseDouble(f[value]), Double.parseDouble(f[se])});
        }
        return out;
    }

    /** The peer's {@code year;profession;p;se;n} lines → "year|profession" → {share, SE}. */
    static Map<String, double[]> peerShares(String text) {
        Map<String, double[]> out = new TreeMap<>();
        text.lines().filter(l -> !l.isBlank()).forEach(l -> {
            String[] f = l.split(";", -1);
            out.put(f[0] + "|" + f[1], new double[] {Double.parseDouble(f[2]), Double.parseDouble(f[3])});
        });
        return out;
    }

    static double loadAverage() {
        try {
            return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        } catch (IOException | RuntimeException e) {
            return java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        }
    }

    static double median(List<Double> values) {
        List<Double> c = new ArrayList<>(values);
        c.sort(Comparator.naturalOrder());
        return c.isEmpty() ? Double.NaN : c.get(c.size() / 2);
    }

    static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) {
                    Files.createDirectories(target);
                } else if (!p.getFileName().toString().equals("framdrift.lock")) {
                    Files.copy(p, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
